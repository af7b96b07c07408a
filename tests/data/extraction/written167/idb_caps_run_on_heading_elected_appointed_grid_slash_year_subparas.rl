@title Wedgeholme IDB Minutes 19.04.06
@font Helvetica
@fontsize 10
@numcol 22
@header ID Wedgeholme IDB, Minute||Action
@footer {page}
HC A MEETING OF THE WEDGEHOLME INTERNAL DRAINAGE BOARD WAS HELD IN THE BOARD ROOM, SLUICE HOUSE, MARSHGATE ROAD, WEDGEHOLME, ON WEDNESDAY 19 APRIL 2006 AT 10 AM
S 6
G <b>Elected Members</b> | <b>Appointed Members</b>
G * R J Fendick | Borough Council of Wedgeholme &amp; Fenmarsh
G * A T Gosling | * Mrs P Haverill
G H E Lusher | * D K Merriman
G * N P Ollerenshaw | J S Pattle
G * C W Quarrie | * T G Rudd
G * S A Thurlow | Fenland Edge District Council
G W J Upwood | * K L Vessey
G * M Whitlock | 
P * Present (77%)
P Mr R J Fendick in the Chair
P In attendance: Mr G F Stannard (Chief Executive), Mrs L A Coe (Clerk/Finance Officer), Mr B H Yaxley (Chief Engineer) and Miss J Dunthorne (Environmental Officer)
S 4
R 41/06 | <b>APOLOGIES FOR ABSENCE</b>
R 41/06/01 | Messrs H E Lusher, J S Pattle and W J Upwood sent their apologies.
R 42/06 | <b>DECLARATIONS OF INTEREST</b>
R 42/06/01 | Mr T G Rudd declared a personal interest in minute 47/06 (Drain Improvements – Ten Rod Lode) as the occupier of land adjoining the scheme. There were no other declarations.
R 43/06 | <b>MINUTES OF THE LAST MEETING HELD ON 18 JANUARY 2006</b>
R 43/06/01 | The Minutes of the Board meeting of 18 January 2006 were confirmed and signed as a correct record. Matters arising were taken as follows:
R 44/06 | <b>MATTERS ARISING</b>
R 44/06/01 | <b>Telemetry at Fenway Pumping Station (36/06)</b><br/>In reply to Mrs P Haverill, the Chief Engineer confirmed that the replacement outstation had been fitted in March and that high level alarms now reached the duty officer's mobile telephone within two minutes.
R 44/06/02 | <b>Consortium Office Lease (38/06)</b><br/>The Chief Executive reported that the landlord of Sluice House had offered a further five-year term at the present rent, provided the Board met the cost of redecorating the board room. RESOLVED that the lease be renewed on those terms.
R  | <i>CE</i>
R 45/06 | <b>CHAIRMAN'S REPORT</b>
R 45/06/01 | The Chairman reported that he and the Chief Executive had met Environment Agency officers on 4 April 2006 about the proposed transfer of the Wedgeholme Cut embankment to the Board. A draft heads of terms document was expected before the summer.
R 45/06/02 | The Chairman congratulated Mr S A Thurlow on completing twenty-five years' service on the Board.
R 46/06 | <b>ENGINEER'S REPORT</b>
R 46/06/01 | The Chief Engineer presented his report on the winter maintenance programme, which was 92% complete; the slubbing of Drains 12 and 14 had been held back by the wet February. Mr N P Ollerenshaw asked whether the Board's own flail mower could take on more of the summer cut. The Chief Engineer replied that the machine was fully committed on the highland drains and that contract cutting remained the cheaper option below Crowtree.
R 46/06/02 | RESOLVED that the tender of Marsh Plant Ltd for the 2006 summer weed cutting, in the sum of £18,450, be accepted.
R  | <i>CEng</i>
R 47/06 | <b>DRAIN IMPROVEMENTS – TEN ROD LODE</b>
R 47/06/01 | Mr T G Rudd left the room for this item. The Chief Engineer outlined the proposal to regrade and reline 1.4 km of Ten Rod Lode between the Fen Lane culvert and the Fenway outfall, at an estimated cost of £42,000.
R 47/06/02 | Proposed by Mr C W Quarrie, seconded by Mrs P Haverill and RESOLVED that the scheme be included in the 2006/07 programme and that an application for grant aid be made to Defra.
R  | <i>CEng</i>
R 48/06 | <b>PLANNING AND CONSENTS</b>
R 48/06/01 | The Board received the schedule of consent applications determined under delegated powers since the last meeting (Appendix B). NOTED.
R 48/06/02 | Consent 06/014 – Land east of Fen Lane, Marshgate. Erection of 12 dwellings within 9 metres of the Board's Drain 31. Miss J Dunthorne reported that the applicant had accepted a 9 metre maintenance strip and a restricted discharge rate of 1.1 litres per second per hectare. RESOLVED that consent be granted on those conditions.
R 49/06 | <b>FINANCE</b>
R 49/06/01 | The Clerk/Finance Officer presented the statement of income and expenditure to 31 March 2006 and the schedule of paid accounts, totalling £61,233.17. Mr K L Vessey asked about rate arrears; the Clerk/Finance Officer advised that fourteen occupiers owed a total of £2,140 and that reminders had been sent.
R 49/06/02 | RESOLVED that the schedule of paid accounts be approved.
R 50/06 | <b>ANNUAL RETURN 2005/06</b>
R 50/06/01 | The Clerk/Finance Officer reported that the internal audit had been completed with no matters to raise. Proposed by Mr A T Gosling, seconded by Mr M Whitlock and RESOLVED that the Annual Return for the year ended 31 March 2006 be approved and signed by the Chairman.
R  | <i>CFO</i>
R 51/06 | <b>HEALTH AND SAFETY</b>
R 51/06/01 | The Chief Executive reported one minor injury to a plant operator and a near miss involving a member of the public at the Fenway weedscreen, where new warning signs had since been put up. RESOLVED that the report be noted.
R 52/06 | <b>CONSERVATION</b>
R 52/06/01 | Miss J Dunthorne reported that the spring water vole survey had found active burrows on nine of the twelve monitored lengths, an improvement on 2005.
R 52/06/02 | Mr D K Merriman offered to host a visit for members to the new reedbed at Home Farm, Fenmarsh in June. The offer was welcomed.
R 53/06 | <b>ANY OTHER BUSINESS</b>
R 53/06/01 | Mr S A Thurlow raised the poor state of the access track to Crowtree Sluice. The Chief Engineer would inspect the track and report back.
R  | <i>CEng</i>
R 54/06 | <b>DATE OF NEXT MEETING</b>
R 54/06/01 | The next meeting of the Board would be held on Wednesday 12 July 2006 at 10 am.
S 8
P There being no further business the Chairman closed the meeting at 12.05 pm.
S 14
P Signed ............................................ Chairman          Date ....................
