@title NDP Steering Group Minutes 8 October 2014
@font Helvetica
@fontsize 10.5
@header Tremarsh Group Parish Council
@footer NDP Steering Group - 8th October 2014||Page {page}
HC TREMARSH GROUP PARISH COUNCIL
HC Neighbourhood Development Plan
C Steering Group Minutes of the meeting held on Wednesday 8th October 2014 in Tremarsh Village Hall at 7pm
S 4
P PRESENT: Cllr D Probyn (Chair), Cllr S Watkins, Mrs L Gwatkin (Clerk), Hugh Bevan, Marian Powles, Colin Skyrme, Annette Preece, Gareth Lello, Rhona Meredith and Jim Pritchard
P 1. Apologies: Cllr A Jauncey, Cllr B Holder, Pauline Kyte and Dennis Morgan
P 2. Declarations of interests – Colin Skyrme declared an interest in item 5 as the owner of land at Pennyoak Cross.
P 3. The minutes of the meeting on 10th September were agreed and signed by the Chair.
P 4. Questionnaire
P 4.1. Hugh Bevan reported that 312 questionnaires had been delivered to households in the five parishes and 171 returned by the closing date, a response of 55%.
P 4.2. It was agreed that Annette Preece and Gareth Lello would enter the results on the spreadsheet provided by the Council's neighbourhood planning team.
P 4.3. Marian Powles asked whether the written comments should be published. It was agreed that they would be published in full with names removed.
P 5. Call for sites
P 5.1. The Clerk reported that four sites had been put forward by landowners by the deadline of 30th September.
P 5.2. Cllr Probyn explained that the sites would be assessed against the criteria agreed in July and that no decision on allocation would be taken before the public consultation.
P 6. Progress on parish profiles:
P 6.1. Tremarsh – Rhona Meredith circulated a draft profile.
P 6.2. Ewyas Cross – Jim Pritchard circulated a draft profile.
P 6.3. Cradoc St Mary – no draft yet; Cllr Watkins offered to help with the photographs.
P 6.4. Lower Harewell and Pennant Green – Colin Skyrme circulated a draft profile.
P 7. Grant – it was agreed that the Clerk should apply for the second tranche of the grant (£2,400) before the end of October. Proposed Cllr Watkins, seconded Marian Powles. All in favour.
P 8. It was agreed to give most of the next meeting to the questionnaire results.
P 9. Next meeting: Wednesday 12th November, 7pm, Tremarsh Village Hall.
S 6
P Meeting was closed at 8.55pm.
S 10
P Signed ………………………………… (Chair)   Date ………………………
