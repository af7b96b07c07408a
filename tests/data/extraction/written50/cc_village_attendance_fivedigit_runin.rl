@title Minutes 18 September 2023
@font Helvetica
@fontsize 10
@footer Trefaenor United Community Council – minutes – 18 September 2023 – page {page}
HC TREFAENOR UNITED COMMUNITY COUNCIL
HC MINUTES OF MEETING
C held at
C Llanbedrwy Reading Room on Monday 18 September 2023 at 7 pm
TH Councillor | Village | Attendance
T Huw Garnant | Caerwenog | Present
T Rachel Oduya | Caerwenog | Present
T Emrys Haverd (Chair) | Llanbedrwy | Present
T Gillian Tudor-Vaughan | Llanbedrwy | Present
T Peter Okoro | Pentre Isaf | Present
T Nerys Pryce-Lloyd | Pentre Isaf | Not present
T Colin Abberley | Bryn Eithin | Present
T Maggie Fenn | Bryn Eithin | Present
T Ieuan Sherratt | Nant Meurig | Not present
T Delyth Gower | Trefaenor | Present
T Alan Penderel | Trefaenor | Present
T County Cllr Mair Devereux | County | Present
P Clerk: Bethan Ruscoe
P <b>PUBLIC MEETING:</b> Mr Aled Pengelly, tower captain of St Bedrwy's bell ringers, explained that the band now has nine regular ringers, including four who learned in the last two years. The ringers hope to install a practice simulator so that learners can practise without disturbing neighbours. The total cost is £960 and the band asked for a grant from TUCC, on the understanding that TUCC funds no more than half of any project (item 23138). Ms Carys Lombard spoke for the Waun Goch volunteers, who wish to clear encroaching gorse and bracken from the common during the winter; the work needs the consent of TUCC as owner of the common (item 23139).
P <b>23131. APOLOGIES FOR ABSENCE:</b> Cllrs Pryce-Lloyd and Sherratt.
P <b>23132. DECLARATIONS OF INTEREST:</b> Cllr Garnant, item 23141, as a member of Caerwenog Memorial Hall committee. Cllr Fenn, planning application 00614, as a neighbour of the site. They did not take part in the discussion or vote upon the relevant agenda items.
P <b>23133. REPORT FROM COUNTY COUNCILLOR MAIR DEVEREUX:</b> County Cllr Devereux reported that the County Council's school transport review will not now change routes before September 2024, and that the resurfacing of the Llanbedrwy to Pentre Isaf road is programmed for November. Cllr Oduya asked whether the Caerwenog bus stop could be moved away from the bend; County Cllr Devereux will raise it with the highways officer.
P <b>23134. MINUTES OF THE MEETING HELD ON 17 July:</b> agreed and signed as a true record.
P <para alignment="right">Clerk</para>
P <b>23135. MATTERS ARISING FROM PREVIOUS MINUTES</b>
P Item 23112: Bus shelter at Pentre Isaf. Cllr Okoro reported that the new roof panels have been fitted and the contractor has been paid.
P Item 23118, 23097: Footpath signs at Nant Meurig. The County Council's rights of way team has promised replacement finger posts before Christmas. The clerk will chase this in November.
P <para alignment="right">Clerk</para>
P <b>23136. PLANNING APPLICATIONS</b>
P · DM/2023/00614 Two-storey side extension, Ty'r Efail, Bryn Eithin: no objection. Cllr Fenn took no part.
P · DM/2023/00652 Conversion of stable to holiday let, Cefn Isaf Farm, Nant Meurig: councillors agreed to recommend refusal because of the poor visibility where the access joins the lane.
P <para alignment="right">Clerk</para>
P <b>23137. FINANCE</b>
P The following payments were approved:
TH Payee | Details | Amount
T B Ruscoe | Clerk's salary, August and September | £486.00
T Llanbedrwy Reading Room | Hall hire, July and September | £40.00
T Glyn Tree Services | Churchyard yew, crown lift | £375.00
P The bank balances at 31 August were noted: current account £4,217.55; reserve account £9,860.12.
P <b>23138. GRANT APPLICATION FROM ST BEDRWY'S BELL RINGERS:</b> Following the presentation in the public meeting, it was proposed by Cllr Haverd and seconded by Cllr Tudor-Vaughan that a grant of £480, being half the cost of the simulator, be awarded. RESOLVED.
P <para alignment="right">Clerk</para>
P <b>23139. SCRUB CLEARANCE ON WAUN GOCH COMMON:</b> Cllr Penderel asked whether the Council's insurance would cover the volunteers. The clerk confirmed that it does, provided the insurer is told the dates of the work parties. Councillors agreed that the volunteers may clear gorse and bracken on the two areas marked on the Wildlife Trust plan between October and February.
P <para alignment="right">Clerk</para>
P <b>23140. ROAD SAFETY IN PENTRE ISAF</b>
P Cllr Okoro proposed that TUCC buy a second speed indicator device for the Pentre Isaf road at a cost of £3,150. The proposal was seconded by Cllr Abberley. Cllr Gower said that the existing device would do as much good if it were moved between the villages more often. The proposal was put to the vote and defeated, 3 votes for and 6 against.
P <b>23141. VILLAGE HALL FUNDING 2024-25:</b> Cllr Garnant left the room. The Chair explained that the halls had again asked for help with heating costs. It was RESOLVED that each of the five village halls receive £650 in 2024-25, to be paid in April. Cllr Garnant returned.
P <b>23142. CORRESPONDENCE</b>
P · Welsh Government: consultation on the community council review, closing 30 November.
P · Caerwenog School PTA: thanks for the donation towards the summer fair.
P All correspondence was noted.
P <b>23143. REPORTS FROM REPRESENTATIVES ON OUTSIDE BODIES</b>
P · Cllr Fenn reported on the AONB Joint Advisory Committee, which is consulting on its management plan.
P · Cllr Abberley reported that the Trefaenor Show had raised £2,300 for the village hall roof.
P <b>23144. DATE OF NEXT MEETING:</b> Monday 16 October 2023 at 7 pm, Caerwenog Memorial Hall.
P The meeting closed at 9.05 pm.
