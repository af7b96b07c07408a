@title Brandesfield PC minutes 14 January 2021
@font Helvetica
@fontsize 12
@header Brandesfield Parish Council||Final Draft Minutes 14.01.21
@footer Page {page}
HC MINUTES OF MEETING OF BRANDESFIELD PARISH COUNCIL
C Held on 14<super>th</super> January 2021
C This was a 'remote' meeting held via Zoom commencing at 6.30pm
S 6
P <b>Final Draft Minutes</b> Present: Parish Councillors (PCllrs) Rosalind Kemball (RK) (Chairman), Trevor Garnham (TG) (Vice Chairman), Hilary Sparrow (HS), Nicholas Bloomfield (NB), Julia Whatling (JW), Mark Abbs (MA), Lionel Quilter (LQ) (Brandesfield Parish Clerk) and District Councillor (DCllr) Sandra Girling (SG). There were three members of the public attending.
P 1. Chairman Rosalind Kemball opened the meeting and welcomed everyone attending. She explained the format of the meeting and asked members of the public to keep their microphones muted until invited to speak.
P 2. Apologies for Absence: There were none received.
P 3. Declaration of Interests: HS declared her position as a trustee of the Village Hall (Agenda item 10). NB declared that he lives next to the site of application DC/20/4511/FUL (Agenda item 6).
P 4. Minutes of Previous Meeting dated 12th November 2020 (previously circulated). These were approved and adopted as a true record and will be signed by the Chairman at the first face to face meeting of the PC when the current Coronavirus restrictions allow. It was resolved to approve the minutes as a true record. Proposed – TG Seconded - JW
P 5. Matters Arising from Previous Minutes: The replacement dog bin at Church Lane has been installed. LQ reported that he had chased the Highways Department about the flooding at Mill Corner and a gully crew is booked for February.
P The Chairman took item 9 next as DCllr Girling had to leave for another meeting.
P 9. District Councillors Report: (Report previously circulated) SG advised that the District Council had opened a further round of business grants for those affected by the lockdown and she would send the link to LQ for the website. She also reported that the local plan inspector's report was expected in the spring. TG asked whether the grants included village halls; SG said she would check and let the Clerk know.
P 6. Planning: DC/20/4511/FUL Land east of Ivy Farm, Grundisburgh Road – two detached dwellings. NB left the meeting for this item. JW summarised the comments of neighbours, most of whom objected to the loss of the hedge and the increase in traffic on a single track lane. It was resolved to object to the application on the grounds of highway safety and the loss of the hedgerow. Proposed – MA Seconded – HS. NB rejoined the meeting.
P 7. Finance: LQ presented the budget for 2021/22 and the bank reconciliation to 31st December 2020 (current account £11,406.52). It was resolved to set the precept for 2021/22 at £9,800, unchanged from the current year. Proposed – TG Seconded – RK. All in favour. It was resolved to approve the payments on the schedule, including the Clerk's salary and the annual Zoom subscription (£143.88). Proposed – HS Seconded – MA.
P 8. Highways and Footpaths: JW reported that the footpath between Church Lane and the playing field was very muddy and that a fallen tree was blocking FP12 near the brook. LQ will report both to Suffolk County Council. MA asked whether the Council could fund some chippings for the worst section; this will be costed for the March meeting.
P 10. Village Hall: HS reported that the hall remained closed apart from the food bank collection point on Saturdays. The hall committee had applied for the local restrictions grant.
P 11. Correspondence: A request from the church for help with the cost of the churchyard grass cutting had been received. It was agreed to place it on the March agenda.
P 12. Date of Next Meeting: Thursday 11th March 2021 at 6.30pm via Zoom. The meeting closed at 8.12pm.
S 14
P Signed ............................................ (Chairman) Date ....................
