@title Minutes AGM and PC meeting 6 May 2008
@font Times-Roman
@fontsize 11.5
@numcol 12
@footer Chairman's initials ..........||Page {page}
H STOURHOLT MARSHALL PARISH COUNCIL.
P Minutes of Parish Council AGM and Parish Council meeting held on 6th May 2008 at 7.30pm in the Village Hall, Stourholt Marshall
P <b>Present:</b> Cllrs J Bowditch, R Lush, S Frampton, M Yeates and K Adlam; Mr P Caundle (Clerk); 2 members of the public.
S 4
H <u>AGM</u>
R 1. | <b>Election of Chairman.</b> Cllr Yeates proposed Cllr Bowditch as Chairman for 2008/09, seconded Cllr Lush. Carried unanimously. Cllr Bowditch signed the declaration of acceptance of office and took the chair.
R 2. | <b>Election of Vice-Chairman.</b> Cllr Lush was proposed by Cllr Bowditch, seconded by Cllr Frampton, and duly elected.
R 3. | <b>Appointment of representatives.</b> The following were agreed:
G Village Hall Committee | Cllr Frampton
G Footpaths and rights of way | Cllr Yeates
G Tree warden | Cllr Adlam
G Area partnership | Cllr Bowditch and the Clerk
R 4. | <b>Meetings 2008/09.</b> The schedule of meetings circulated by the Clerk was noted: the first Tuesday of every other month, starting in July.
S 6
H <u>PARISH COUNCIL MEETING</u>
R 1. | <b>Apologies.</b> None.
R 2. | <b>Declarations of interest.</b> None.
R 3. | <b>Minutes of the meeting held on 4th March 2008.</b> The minutes were confirmed as a true record and signed.
R 4. | <b>Matters arising.</b> Cllr Yeates reported that the footbridge over the brook at Ham Meadow had been repaired by the landowner. The replacement noticeboard is on order.
R 5. | <b>Planning.</b> 2/2008/0412 Old Dairy, Shute Lane – conversion to two dwellings. Members were concerned about the narrow access and the lack of turning space. Cllr Frampton proposed an objection, seconded Cllr Lush; 4 for, 1 against. Objection to be sent to the District Council.
R 6. | <b>Finance.</b> The Clerk reported a balance of £3,118.52 at 30th April. Cheques were approved for the Clerk's salary (£187.50), the hall hire (£24.00) and the insurance renewal (£296.10).
R 7. | <b>Highways.</b> Cllr Bowditch reported that water was again lying across the main road at the Shute Lane junction after heavy rain. It was resolved to ask the County Council to clear the gullies before the winter.
R 8. | <b>Clerk's report.</b> The Clerk reported that the annual return had gone to the auditor and that the parish plan questionnaire would go out with the June newsletter.
R 9. | <b>Any other business.</b> Cllr Lush raised dog fouling on the recreation ground. To go on the July agenda.
R 10. | <b>Date of next meeting.</b> Tuesday 1st July 2008 at 7.30pm.
S 6
P The meeting closed at 9.10pm.
S 10
P Signed .................................................. Chairman     Date ..............................
