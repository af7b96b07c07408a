@title Polgrean PC minutes 7 November 2013
@font Times-Roman
@fontsize 11
@header ||14/11/13   {page}
@pageoffset 117
@numcol 14
HC M I N U T E S of the ORDINARY MEETING of The POLGREAN PARISH COUNCIL held at The CHURCH ROOMS, at 7.30pm on Thursday, 7<super>th</super> November 2013.
S 4
G <b>PRESENT:</b> | Parish Cllrs. T. H. Rowe, Chairman, | Treloy Ward
G  | R. J. Pascoe, Vice-Chairman, | Polgrean Ward
G  | Mrs. M. Y. Bolitho, | Carnwyn Ward
G  | J. P. Hocking, | Polgrean Ward* (from 20.10 hrs)
G  | Mrs. G. E. Tregear, | Treloy Ward
G  | Mrs. A. Nance, | Carnwyn Ward
G  | * Also Carnmoor Councillor, Polgrean &amp; St Ewny Division |
G  | Mr. S. Bunt, Parish Clerk |
S 6
P <b>PUBLIC PARTICIPATION PERIOD:</b> Mr. D. Jago of Chapel Hill addressed the Meeting about surface water running off the field opposite his property onto the highway. The Chairman thanked Mr. Jago and said the matter would be taken under item 5.1. No other members of the public wished to address the Meeting and the Chairman closed the public participation period.
P <b>1. APOLOGIES:</b> Apologies for absence were received from Cllrs. K. Angove (on holiday) and Mrs. P. Roskilly (work commitments).
P <b>2. DECLARATION OF INTEREST IN ITEMS ON THE AGENDA:</b> Cllr. Mrs. G. E. Tregear declared a prejudicial interest in item 6.2 as the applicant is her son-in-law, and stated that she would leave the room for that item.
P <b>3. MINUTES:</b>
P <b>3.1. Minutes of the Ordinary Meeting of 10<super>th</super> October 2013</b> It was proposed by Cllr. Mrs. M. Y. Bolitho, seconded by Cllr. Mrs. A. Nance and AGREED by the Meeting, with one abstention, to accept the minutes as a correct record, subject to minor amendments.
P <b>3.2. Minutes of the Extraordinary Meeting of 24<super>th</super> October 2013</b> It was proposed by the Vice-Chairman, seconded by Cllr. Mrs. M. Y. Bolitho and AGREED unanimously by the Meeting to accept the minutes as a correct record.
P <b>4. REPORTS ON MATTERS ARISING FROM THE MINUTES:</b> There were no matters arising.
P <b>5. POLICE MATTERS:</b>
P <b>5.1. COUNCIL MATTERS FOR THE POLICE:</b> P.C. Hosken was in attendance. The Chairman asked for the police to monitor speeding drivers on the B3294 through Treloy, and referred to the flooding raised by Mr. Jago. P.C. Hosken said the flooding was a matter for Carnmoor Council Highways but that he would pass on the speeding concern to the roads policing team.
P <b>5.2. POLICE MATTERS FOR THE COUNCIL:</b> P.C. Hosken reported four crimes in the parish during October, including the theft of diesel from a tractor at Carnwyn. The report was NOTED.
P <b>6. PLANNING:</b> The Clerk’s agenda briefing notes on the applications had been circulated before the meeting.
P 6.1. PA13/08812 – Single storey side extension, 4 Chapel Hill, Polgrean. It was proposed by Cllr. J. P. Hocking, seconded by the Chairman and AGREED to recommend approval.
P Cllr. Mrs. G. E. Tregear left the room.
P 6.2. PA13/09030 – Erection of agricultural workers dwelling, land at Higher Treloy. Cllr. Mrs. A. Nance stated that the functional need assessment had not been published. It was RESOLVED by the Meeting, by four votes to one, to recommend refusal as the need for a dwelling on the holding had not been demonstrated.
P Cllr. Mrs. G. E. Tregear returned to the room.
P <b>7. FINANCE:</b> The Clerk presented the statement of accounts to 31<super>st</super> October 2013 showing a current account balance of £9,412.57.
P It was proposed by the Vice-Chairman, seconded by Cllr. J. P. Hocking, and AGREED unanimously to pay the accounts listed below:
G  | S. Bunt – Clerk’s salary, October | £412.00
G  | Carnmoor Council – dog bin emptying, Q2 | £186.60
G  | Treloy Church Rooms – hire, Oct/Nov | £30.00
S 4
P <b>8. CARNMOOR COUNCIL MATTERS:</b> Cllr. Mrs. A. Nance, as Carnmoor Councillor, reported on the consultation on the draft Local Plan and the changes to the waste collection days from January. The report was NOTED.
P <b>9. CORRESPONDENCE:</b> The list of correspondence received since the last meeting had been circulated. NOTED.
P <b>10. DATE OF NEXT MEETING:</b> The next Ordinary Meeting will be held on Thursday, 12<super>th</super> December 2013 at 7.30pm in the Church Rooms.
S 6
P There being no further business the Chairman closed the Meeting at 21.25 hrs.
S 16
P Signed ……………………………………… Chairman      Date ………………………
