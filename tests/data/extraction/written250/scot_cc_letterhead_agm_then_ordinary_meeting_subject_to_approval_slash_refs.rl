@title Skerra Community Council minutes May 2019
@font Helvetica
@fontsize 10
@numcol 24
@header Minutes subject to approval at the next meeting
@footer Skerra Community Council – May 2019||{page}
HC Skerra Community Council
G <b>Chair</b> | <b>Clerk</b>
G Magnus Tait | Ingrid Halcrow
G Nordhoull | Stakkaberg
G Skerra, Shetland ZE2 9QX | Skerra, Shetland ZE2 9QT
G Tel: 01806 577310 | Email: clerk.skerracc@example.org.uk
S 6
H Minutes of the Annual General Meeting held on Monday 13th May 2019 at 7 pm in the Skerra Public Hall
P <b>Present:</b> Magnus Tait, Chair; Lorna Georgeson, Vice Chair; Brian Inkster; Fiona Jamieson; Robbie Nicolson; Sheila Pottinger; Alan Smith, North Mainland Councillor (ex-officio)
P <b>Attending:</b> Morag Isbister, Community Involvement and Development Officer; Ingrid Halcrow, Clerk; 4 members of the public
R AGM 1/19 | <b>Apologies</b> Ewan Laurenson; Tom Sinclair, North Mainland Councillor (ex-officio)
R AGM 2/19 | <b>Minutes of the AGM held on Monday 14th May 2018</b> The minutes were approved, proposed by Lorna and seconded by Fiona.
R AGM 3/19 | <b>Chair’s Report</b> Magnus gave his report on the year. The Council had met ten times, had supported the new play area at the school and had written four times about the state of the Voe road. He thanked members and the Clerk for their work and said that he would be willing to stand again.
R AGM 4/19 | <b>Financial Statement for the year to 31st March 2019</b> Ingrid presented the independently examined accounts. The core grant account closed at £2,316.40 and the windfarm community fund account at £18,905.12. Brian asked why the hall hire figure had doubled; Ingrid said that two years’ invoices had been paid together. The accounts were adopted, proposed by Robbie and seconded by Sheila.
R AGM 5/19 | <b>Election of Office Bearers</b> Magnus Tait was re-elected Chair, proposed by Brian and seconded by Sheila. Lorna Georgeson was re-elected Vice Chair, proposed by Fiona and seconded by Robbie. There were no other nominations.
R AGM 6/19 | <b>Appointment of Independent Examiner</b> It was agreed to ask Mrs J Manson to examine the 2019/20 accounts.
P The AGM closed at 7.25 pm and was followed by the ordinary meeting.
S 8
H Minutes of the meeting held on Monday 13th May 2019 at 7.25 pm in the Skerra Public Hall
P <b>Present:</b> as for the AGM
R 01/05/19 | <b>Apologies</b> As for the AGM.
R 02/05/19 | <b>Minutes from the Last Meeting</b> The minutes from the meeting held on Monday 8th April 2019 were proposed by Sheila and seconded by Brian.
R 03/05/19 | <b>Declaration of Interest</b> Fiona declared an interest in agenda item 07/05/19.2, Application for donations.
R 04/05/19 | <b>Matters Arising from last minutes</b>
R 06/03/19.1 | <b>Voe Road Resurfacing</b> Alan said that the resurfacing had been put back to the 2020/21 programme because of the cost of the Swarbister ferry terminal works. Members were disappointed. It was agreed to write again to the Roads Manager asking for the worst stretch at Burn of Setter to be patched before winter.
R 09/02/19.3 | <b>Bus Shelter at the Pier Road end</b> The shelter has been delivered but not yet fixed down. Robbie offered to ask the contractor when the base will be poured.
R 05/05/19 | <b>Police Report</b> No report had been received. PC Donaldson had sent apologies.
R 06/05/19 | <b>Planning Applications</b> 2019/118/PPF – Erect dwellinghouse, Hamarsgarth, Skerra. No objection.
R 07/05/19 | <b>Finance</b>
R 07/05/19.1 | <b>Bank balances</b> Core grant £2,316.40; windfarm community fund £18,905.12. Noted.
R 07/05/19.2 | <b>Application for donations</b> Skerra Hall Committee £750 towards new stacking chairs. The Council agreed to give £750, proposed by Lorna and seconded by Robbie. Fiona did not take part.
R 08/05/19 | <b>Correspondence</b> A letter from SIC Community Planning about the Local Place Plan consultation was circulated. Morag explained that the Council could draw up its own plan and offered to attend the June meeting to explain the process.
R 09/05/19 | <b>A.O.C.B.</b> Sheila asked whether the defibrillator at the shop had been checked since the battery was changed. Magnus will check.
R 10/05/19 | <b>Date of next meeting</b> Monday 10th June 2019 at 7 pm in the Skerra Public Hall.
P The meeting closed at 8.50 pm.
