@title Minutes - Severnholt Fire and Emergency Planning Authority - 24 November 2016
@font Helvetica
@fontsize 10.5
@footer Severnholt Fire & Emergency Planning Authority, 24 November 2016||Page {page}
HC MINUTES
HC SEVERNHOLT FIRE &amp; EMERGENCY PLANNING AUTHORITY
G <b>DATE</b> | Thursday 24 November 2016
G <b>TIME</b> | 2.00 pm
G <b>VENUE</b> | The Chamber, Guildhall Yard, Severnholt, SV1 4GY
S 6
P Minutes of the proceedings of the meeting of Severnholt Fire &amp; Emergency Planning Authority held at the Guildhall on Thursday 24 November 2016.
H Present:
G Dr Helen Marchbank AM (Chair) | Councillor Owen Tresize (Vice-Chair)
G Councillor Priya Ashdown | Councillor Malcolm Fenby
G Gareth Ollerenshaw AM | Councillor Ruth Kennaway
G Councillor Deborah Lisle | Councillor Tunde Adebayo-Hart
G Simon Brackley AM | Councillor Ivy Carrodus
G Councillor Nathan Spurling | Councillor Lorna Whitfield-Ames
G Councillor Yusuf Rahmat | Caroline Dunstable AM
S 6
H 1. Apologies for Absence
P Apologies for absence were received from Councillor Frances Delmar and Councillor Keith Ormsby.
H 2. Minutes
P The motion was made by the Chair – that the minutes of the Authority meeting held on 29 September 2016 be signed as a correct record.
P The motion was seconded by the Vice-Chair, put and agreed.
P Resolved – accordingly.
P The minutes were thereupon signed by the Chair.
H 3. Special Announcements by the Chair and reports by the Chair or the Clerk to the Authority of any Communications
P The Chair announced that the new training tower at Wealdgate had been handed over ahead of programme and thanked the project team. She also reported that Group Manager Colin Tuffnell would retire in December after thirty-one years' service, and the Authority joined her in recording its thanks.
P The Chair reminded Members that the annual carol service for the Brigade's benevolent fund would be held at St Audrey's on 15 December.
H 4. Declarations of Interest
P Councillor Malcolm Fenby declared a personal interest in item 7 as his son served on the retained duty system at Oakbarrow. He remained in the meeting but took no part in the debate on that item.
H 5. Questions from Members (in accordance with Standing Order 20) – 24 November 2016 – FEP 2801
P Questions from Members, with the written answers circulated before the meeting, were before the Authority. Supplementary questions were put by Councillor Priya Ashdown (Question 512, hydrant maintenance backlog) and by Gareth Ollerenshaw AM (Question 515, second appliances at outer stations) and were answered by the Chair.
P The motion was made by the Chair – that the questions and answers be noted. The motion was seconded by the Vice-Chair, put and agreed.
P Resolved – accordingly.
H 6. Revenue Budget 2017/18 and Medium Term Financial Plan – FEP 2795
P Margaret Oyelaran, Director of Finance and Contractual Services, introduced the report, which set out a draft revenue budget of £381.6m for consultation and a remaining gap of £6.2m in 2018/19.
P The motion was made by the Chair – that the recommendations in the report be agreed. The motion was seconded by Councillor Owen Tresize.
P An amendment was moved by Simon Brackley AM and seconded by Councillor Nathan Spurling – to add at the end "and that no option involving the loss of a second appliance at any station be included in the consultation".
P On being put, the amendment was lost, the votes being recorded as follows:
P <b>For (5):</b> Simon Brackley AM, Caroline Dunstable AM, Councillor Ruth Kennaway, Councillor Deborah Lisle, Councillor Nathan Spurling.
P <b>Against (9):</b> Dr Helen Marchbank AM, Councillor Owen Tresize, Councillor Priya Ashdown, Councillor Malcolm Fenby, Gareth Ollerenshaw AM, Councillor Tunde Adebayo-Hart, Councillor Ivy Carrodus, Councillor Lorna Whitfield-Ames, Councillor Yusuf Rahmat.
P <b>Abstained (0).</b>
P The substantive motion was then put and agreed.
P Resolved – accordingly, that:
P (a) the draft revenue budget for 2017/18 at Appendix 1 be approved for consultation with the Mayor's office and the public;
P (b) the savings proposals at Appendix 2 be included in the consultation; and
P (c) the Director of Finance and Contractual Services report the results of the consultation to the meeting on 26 January 2017.
H 7. Motion – Retained Duty System crewing at Oakbarrow and Pellingbridge (Standing Order 21)
P Councillor Ruth Kennaway moved and Councillor Deborah Lisle seconded the following motion:
I "That this Authority asks the Commissioner to guarantee that the retained appliances at Oakbarrow and Pellingbridge will be crewed on every night shift from January 2017."
P The Commissioner, Andrew Pellow, explained the current crewing position and undertook to bring a full report on retained availability to the Resources Committee in January.
P In the light of that undertaking Councillor Kennaway, with the consent of the meeting, withdrew the motion.
H 8. Motion – Sprinklers in Severnholt tower blocks (Standing Order 21)
P Caroline Dunstable AM moved and Councillor Tunde Adebayo-Hart seconded the following motion:
I "That this Authority writes to every housing provider in Severnholt asking for a timetable to fit sprinklers in all residential blocks of ten storeys or more."
P During the debate several Members said that they supported the aim but that the letter should wait for the national review.
P The motion was put and lost.
H 9. Station Refurbishment Programme: Phase 2 Contract Award – FEP 2798
P The Commissioner reported that two of the three tenderers had revised their prices after the report was published.
P Consideration of the report was deferred to the next meeting so that the revised tender evaluation could be circulated to Members.
H 10. Fire Safety Enforcement Annual Report 2015/16 – FEP 2790
P Assistant Commissioner Jacqueline Rennard presented the report, which showed 412 enforcement notices and 23 prosecutions in the year. Councillor Lorna Whitfield-Ames asked about the backlog of audits in houses in multiple occupation, and the Assistant Commissioner undertook to circulate the figures by ward.
P The report was noted.
H 11. Appointments to Committees and Outside Bodies – FEP 2802
P The motion was made by the Chair – that Councillor Ivy Carrodus be appointed to the Audit Committee in place of Councillor Keith Ormsby for the remainder of the municipal year.
P The motion was seconded by the Vice-Chair, put and agreed.
P Resolved – accordingly.
H 12. Decisions taken under the urgency procedure – FEP 2799
P The Clerk to the Authority, Kieran Fosse, reported that on 3 November 2016 the Chair, after consulting the group spokespeople, had approved under Standing Order 38 the short-term hire of two high-volume pumps during the Hollowmere flooding, at a cost of £44,500.
P The Authority noted the decision taken under the urgency procedure.
H 13. Date of next meeting
P The next meeting of the Authority will be held on Thursday 26 January 2017 at 2.00 pm.
H 14. Exclusion of Press and Public
P The motion was made by the Chair – that under Section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for the following item on the grounds that it involved the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.
P The motion was seconded by the Vice-Chair, put and agreed.
P Resolved – accordingly.
H 15. Fire Investigation Unit – accommodation lease (exempt) – FEP 2803
P The Authority considered the exempt report of the Director of Finance and Contractual Services on the lease of accommodation for the Fire Investigation Unit at Kettlewharf.
P The motion was made by the Chair – that the recommendations in the exempt report be agreed. The motion was seconded by the Vice-Chair, put and agreed.
P Resolved – accordingly.
S 10
P The meeting closed at 4.18 pm.
S 14
P Chair ................................................. Date ..........................
S 10
P <b>Contact Officer:</b> Kieran Fosse, Clerk to the Authority<br/>Telephone: 01905 774 210<br/>Email: kieran.fosse@sfepa.org.uk
