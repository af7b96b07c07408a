@title Property Committee 6 March 2008 - agenda pack
@font Helvetica
@fontsize 10.5
@numcol 12
@footer Property Committee – 6th March 2008||Page {page}
HC BRACKENLEIGH PARISH COUNCIL
C Jubilee Hall, Forge Lane, Brackenleigh &nbsp;&nbsp;·&nbsp;&nbsp; Clerk: Mr T. Dunkley &nbsp;&nbsp;·&nbsp;&nbsp; Tel: 01402 775310
S 10
P To: All Members of the Property Committee (Cllrs Mrs E Hammond (Chairman), Mr P Woolgar (Vice Chairman), Mr J Ansell, Mrs D Faircloth, Mr R Gosden, Mrs W Tullett, Mr S Venn and Mr H Ockley) and for information to all other Members of the Council.
P You are hereby summoned to attend a meeting of the <b>PROPERTY COMMITTEE</b> to be held on <b>THURSDAY 6th MARCH 2008 at 7.30pm</b> in the <b>JUBILEE HALL</b>, Forge Lane, for the purpose of transacting the business below.
P T. Dunkley, Clerk to the Council &nbsp;&nbsp;&nbsp;&nbsp; 28th February 2008
S 6
HC AGENDA
R 1. | PUBLIC FORUM – up to 15 minutes for members of the public to raise matters relating to the Committee’s business.
R 2. | TO NOTE APOLOGIES FOR ABSENCE
R 3. | MINUTES OF THE LAST MEETING – to approve the Minutes of the meeting held on 10th January 2008 (Appendix A).
R 4. | DECLARATIONS OF INTEREST – Members to declare any personal or prejudicial interests in items on this agenda.
R 5. | CHAIRMAN’S ANNOUNCEMENTS – see Committee Report.
R 6. | HALLS – BOOKING AND MAINTENANCE – see Committee Report.
R 7. | COMMITTEE BUDGET MONITORING 2007/08 – see Committee Report.
R 8. | ALLOTMENTS – RENT REVIEW 2008/09 – see Committee Report.
R 9. | DATE OF NEXT MEETING – Thursday 8th May 2008.
PB
HC BRACKENLEIGH PARISH COUNCIL
HC PROPERTY COMMITTEE – 6th MARCH 2008
HC COMMITTEE REPORT
S 8
H 5. CHAIRMAN’S ANNOUNCEMENTS
P (a) <u>Jubilee Hall Car Park Lighting</u>
P The two lamp columns nearest Forge Lane failed in January. The electrical contractor has found water in both junction boxes and has sealed them under the annual maintenance contract at no extra charge.
P (b) <u>Noticeboard, Forge Lane</u>
P The replacement noticeboard agreed at the last meeting was delivered on 14th February and will be fitted by the Property Maintenance Officer once the ground has dried.
P Members are invited to note the above.
H 6. HALLS – BOOKING AND MAINTENANCE
P 6.1 <u>Bookings</u>
P Regular bookings at the Jubilee Hall for 2008/09 are confirmed for all existing hirers except the Wednesday keep-fit class, which is moving to the school. The Wednesday morning slot will be advertised in the parish magazine.
P 6.2 <u>Kitchen</u>
P The kitchen worktops at the Jubilee Hall are worn through in two places. Three quotations have been obtained for replacement: £1,140.00, £1,385.00 and £1,620.00 (all excluding VAT).
P Members are asked to approve the lowest quotation, to be met from the halls repairs budget.
H 7. COMMITTEE BUDGET MONITORING 2007/08
P 7.1 <u>Introduction</u>
P This section sets out spending against the committee’s 2007/08 budget up to 31.01.2008, ten months into the year.
P 7.2 <u>Summary</u>
TH Budget head | Annual budget | Actual to 31.01.08 | Projected outturn
T Halls – running costs | £18,400 | £14,912 | £18,050
T Halls – repairs | £4,000 | £1,268 | £3,400
T Open spaces | £9,750 | £8,905 | £10,200
T Allotments | £850 | £512 | £700
T Total | £33,000 | £25,597 | £32,350
P 7.3 <u>Open Spaces</u>
P The overspend on open spaces arises from the emergency tree work at Crouchers Field in December (£1,120). This can be met from the underspend on hall repairs.
P For noting.
H 8. ALLOTMENTS – RENT REVIEW 2008/09
P 8.1 Allotment rents have been £22 per full plot since 2005. Water charges to the Council have risen by about a third over the same period.
P 8.2 Members are asked to consider an increase to £25 per full plot (£12.50 per half plot) from 1st October 2008, with six months’ notice to tenants as the tenancy agreement requires.
PB
HC APPENDIX A
HC BRACKENLEIGH PARISH COUNCIL MINUTES OF THE PROPERTY COMMITTEE HELD ON THURSDAY 10th JANUARY 2008 AT 7.30PM, AT THE JUBILEE HALL
P ______________________________________________________________________________
G Present: Cllrs: | Mr P Woolgar (V. Chair) | Mrs D Faircloth*
G  | Mr J Ansell | Mr R Gosden
G  | Mrs E Hammond (Chairman) | Mrs W Tullett
G  | Mr H Ockley* | Mr S Venn
P * Denotes absence &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Mr T. Dunkley (Clerk)
P In attendance: Cllr Mrs K Pennifold
P ______________________________________________________________________________
H PC641 PUBLIC FORUM
P One resident attended and asked when the path from Forge Lane to the allotments would be resurfaced. The Chairman replied that the cost would be looked at under the budget item and that the resident would be written to.
H PC642 TO NOTE APOLOGIES FOR ABSENCE
P Mrs Faircloth and Mr Ockley sent apologies. Mr Ansell had told the Clerk that he would be late.
H PC643 MINUTES OF THE LAST MEETING
P The Minutes of 8th November 2007 were AGREED as a correct record and the Chairman signed them.
H PC644 DECLARATIONS OF INTEREST
P Mr Woolgar declared a personal and prejudicial interest in PC647 as a trustee of the Scout group, which is a regular hirer of the Jubilee Hall.
H PC645 CHAIRMAN’S ANNOUNCEMENTS
P The announcements in the Committee Report were noted, together with these verbal updates:
P (a) Jubilee Hall boiler – the boiler which failed over Christmas has been replaced under the manufacturer’s warranty; the only cost was the call-out fee of £65.00.
P (b) Forge Lane noticeboard – Members considered two quotations and AGREED to replace the noticeboard with the lockable oak model at £312.50 plus VAT.
P (c) Vandalism at the recreation ground pavilion – the Clerk reported that a window had been broken on 2nd January and that the police had been informed and an insurance claim made.
P Mr Ansell arrived at 7.48pm.
H PC646 COMMITTEE BUDGET MONITORING 2007/08
P Members noted the budget position to 30.11.2007. Mr Ansell asked why hall cleaning was above budget; the Clerk explained that extra cleaning had been needed after the flooding of the lobby in October.
H PC647 HALL HIRE CHARGES 2008/09
P Mr Woolgar left the room. Mr Gosden proposed that charges rise by 3% from 1st April 2008; Mrs Tullett proposed an amendment that charitable hirers be held at the present rate. The amendment was lost. On the substantive proposal it was RESOLVED (5 for, 1 against) that hall hire charges be increased by 3% from 1st April 2008. Mr Woolgar returned.
H PC648 DATE OF NEXT MEETING
P Thursday 6th March 2008 at 7.30pm at the Jubilee Hall.
S 6
P The meeting closed at 8.55pm.
S 14
P Chairman ………………………………………… Date ………………………
