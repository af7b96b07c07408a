@title Oakbrook St Mary Parish Council minutes 1999-2000
@font Times-Roman
@fontsize 11
@numcol 17
@header Oakbrook St Mary Parish Council - Minutes 1999/2000 || Page {page}
@footer Signed as a correct record ..........................................
HC OAKBROOK ST MARY PARISH COUNCIL
HC MINUTES OF MEETINGS 1999 - 2000
C Meetings in this volume: 10th May 1999 (Annual Meeting); 12th July 1999; 11th October 1999; 10th January 2000.
S 8
H OAKBROOK ST MARY PARISH COUNCIL
P Minutes of Meeting held on Monday, 10th May 1999 at 7.45 pm at St Mary's Church Room, Oakbrook (Annual Meeting of the Council)
P Present: Cllrs R. Boddington, Mrs E. Harban, G. Ludford, J. Tandy; Mr D. Spooner (Clerk).
R 99/01 | <u>Election of Chairman</u>. Cllr Boddington was proposed by Cllr Mrs Harban and seconded by Cllr Ludford. There being no other nomination he was elected and signed the declaration of acceptance of office.
R 99/02 | <u>Election of Vice-Chairman</u>. Cllr Mrs Harban was proposed by Cllr Tandy, seconded by Cllr Boddington, and elected.
R 99/03 | <u>Apologies</u>. Cllr Mrs K. Wale.
R 99/04 | <u>Minutes</u>. The minutes of the meeting held on 8th March 1999 were approved and signed.
R 99/05 | <u>Millennium celebrations</u>. Cllr Mrs Harban reported on the plans of the village committee for a beacon and a party on the green. It was resolved to set aside £1,000 from balances towards the celebrations.
R 99/06 | <u>Date of next meeting</u>. Monday, 12th July 1999.
S 6
H OAKBROOK ST MARY PARISH COUNCIL
P Minutes of Meeting held on Monday, 12th July 1999 at 7.45 pm at St Mary's Church Room, Oakbrook
P Present: Cllrs R. Boddington (Chairman), Mrs E. Harban, G. Ludford, Mrs K. Wale, J. Tandy; Mr D. Spooner (Clerk); Mr B. Lapworth.
R 99/07 | <u>Apologies</u>. None.
R 99/08 | <u>Minutes</u>. The minutes of the Annual Meeting held on 10th May 1999 were approved and signed.
R 99/09 | <u>Planning</u>. Application 99/0456, Brook House, Hall Lane - two storey side extension. The Council had no objection.
R 99/10 | <u>Footpath M212</u>. Mr B. Lapworth of the local Ramblers group reported that the footbridge over Oak Brook had been washed away in June. Cllr Tandy said he had seen the County's footpaths officer on site. The Clerk was asked to write to the County Council for a date for the repair.
R 99/11 | <u>Date of next meeting</u>. Monday, 11th October 1999.
S 6
H OAKBROOK ST MARY PARISH COUNCIL
P Minutes of Meeting held on Monday, 11th October 1999 at 7.45 pm at St Mary's Church Room, Oakbrook
P Present: Cllrs R. Boddington (Chairman), Mrs E. Harban, Mrs K. Wale, J. Tandy; Mr D. Spooner (Clerk).
R 99/12 | <u>Apologies</u>. Cllr G. Ludford.
R 99/13 | <u>Minutes</u>. The minutes of the meeting held on 12th July 1999 were approved and signed.
R 99/14 | <u>Precept 2000/2001</u>. The Clerk presented estimates of expenditure. It was proposed by Cllr Mrs Wale, seconded by Cllr Boddington, that the precept be £3,250. Carried, one against.
R 99/15 | <u>Millennium Green</u>. Cllr Tandy explained the national scheme for Millennium Greens. It was agreed to apply for a grant for the glebe field.
R 99/16 | <u>Date of next meeting</u>. Monday, 10th January 2000.
S 6
H OAKBROOK ST MARY PARISH COUNCIL
P Minutes of Meeting held on Monday, 10th January 2000 at 7.45 pm at St Mary's Church Room, Oakbrook
P Present: Cllrs R. Boddington (Chairman), Mrs E. Harban, G. Ludford, Mrs K. Wale, J. Tandy; Mr D. Spooner (Clerk).
R 99/17 | <u>Apologies</u>. None.
R 99/18 | <u>Minutes</u>. The minutes of the meeting held on 11th October 1999 were approved and signed.
R 99/19 | <u>Year 2000</u>. The Clerk reported that the Council's computer and records had come through the date change without problems.
R 99/20 | <u>Millennium Green grant</u>. The Millennium Greens scheme had offered a grant of £4,500 towards the purchase and fencing of the glebe field. Resolved to accept the offer and its conditions.
R 99/21 | <u>Annual Parish Meeting</u>. To be held on Monday, 27th March 2000 at 7.30 pm.
R 99/22 | <u>Date of next meeting</u>. Monday, 8th May 2000 (Annual Meeting of the Council).
