@title St Eanswythe's PCC Minutes 13 January 2026
@font Times-Roman
@fontsize 11.5
@footer St Eanswythe's PCC - Minutes 13th January 2026||Page {page}
HC St Eanswythe's Parochial Church Council
C <i>· Growing in faith together in Quenby Magna, Quenby Parva and Ashlade ·</i>
C Minutes of the meeting held on 13th January 2026
S 6
H 1. Opening Prayers
P Prayers were led by the Vicar at 7.30pm.
H 2. Apologies
G Roger Haddow | Alison Greenslade
G Jane Fowlestone | Terence Oakes
G Margaret Liddle | Pauline Crowhurst
H 3. Minutes
P The minutes of the November meeting were approved and signed.
H 4. Matters Arising
P · Energy contract – Peter said the electricity contract ends in March; the diocesan buying scheme gave a good price last time. Agreed to renew through the scheme.
P · Noticeboard – Jane reported that the new noticeboard had been fixed to the lychgate; thanks to Tony for fitting it.
H 5. Churchwardens' Report
P · Gutters – the gutters on the south aisle were cleared in December at a cost of £285.
P · Organ – Helen reported that the organ tuner had found damp in the swell box. She will obtain a quote for repair before the next meeting.
P · Kitchen – Tony reported that the DAC had raised no objection to the new servery and the faculty petition will go to the Registry this month. He suggested that work could start after Easter if the faculty is granted in time, and the PCC agreed.
H 6. Treasurer's Report
P Stuart presented the budget for 2026, with expected income of £46,300 and expenditure of £49,100. The shortfall is mainly the increase in parish share. Stuart proposed, and Helen seconded, that the budget be approved. Carried with one vote against.
H 7. Safeguarding
P Our Parish Safeguarding Officer, Jane, reported that two new volunteers for the toddler group have completed their DBS checks. The annual safeguarding return was sent to the diocese on 5th January. Noted.
H 8. Deanery Synod
P Peter gave a report on the November synod. The deanery plan will be presented at the APCM.
H 9. Fundraising
P The Christmas Fayre raised £1,134 and thanks were given to all who helped. It was proposed that Lent lunches be held in the church room on Fridays in Lent, with proceeds to Christian Aid. Agreed.
H 10. Annual Parochial Church Meeting
P The APCM will be held on Sunday 19th April after the 10am service. The electoral roll will be revised from 1st March. Tony said that he will not stand again as churchwarden after six years.
H 11. Any Other Business
P · Heating – Stuart asked whether the heating could come on earlier on Sunday mornings in cold weather. Referred to the churchwardens.
H 12. Date of Next Meeting
P Tuesday 10th March 2026 at 7.30pm in the church room.
S 8
P The meeting closed with the grace at 9.15pm.
