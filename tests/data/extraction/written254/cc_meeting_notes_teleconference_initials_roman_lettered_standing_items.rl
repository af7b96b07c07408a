@title TCC Meeting Notes January 2021
@fontsize 10.5
@numcol 10
@header Tornashean Community Council||Meeting Notes
@footer TCC notes 25.01.21 - draft until approved||Page {page}
HC TORNASHEAN COMMUNITY COUNCIL
C Serving Tornashean, Dalnabreck and Auchmore
S 4
H Meeting Notes
P Meeting of Monday 25th January 2021 by tele-conference
P TCC members present: Fraser Lindores (FL), Morven Aitcheson (MA), Hector Dunnet (HD), Gillian Strachan-Reid (GSR), Iain Macpherson (IM).
P Also present: Cllr Eilidh Rankeillor (Cairnmore Council).
P Apologies: Ruaraidh Gow, Lesley Baird.
R 1. | <b>Police update</b>
R | No report received. GSR to ask the community officer for a written update before each meeting. Action GSR.
R 2. | <b>Matters Arising</b>
R | i. Forest fires – FL reported that the fire service debrief on the Clach Dubh fire had now been circulated to members. Concern remained about the amount of brash left lying after clear felling. It was agreed to write again to the forest manager asking for the brash to be chipped before the spring. Action FL.
R | ii. Local newspaper – Online subscription established. Password to be distributed. Action HD.
R | iii. Hall heating – MA reported that the new boiler at Dalnabreck Hall had been fitted on 11th January and was working well.
R 3. | <b>Current Standing Items</b>
R | a. A95 junction improvements – Nothing further to report.
R | b. Tornashean Development Trust (TDT) – HD reported that the Trust's initiatives below were on hold while its volunteers ran the food delivery rota: community broadband; rural apprenticeships; community hub at Dalnabreck Hall.
R | c. Speeding in Auchmore / village signs – GSR reported that she had asked the Cairnmore Council traffic team for a meeting. Agreed that new gateway signs were not a priority while lockdown continued.
R | d. Loch Garrow path – IM reported further progress. Stage 1, bothy: refurbishment complete. Stage 2, services: in-ground works complete, awaiting meter. Stage 3, stables: planning application ready to submit. A further £18K has been committed from the Craigour windfarm fund.
R | e. Craigour Wind Farm Advisory Group – Next meeting 9th February. MA and HD to attend.
R 4. | <b>Planning</b>
R | 21/00042/APP Erection of agricultural shed at Mains of Dalnabreck – no comment. 21/00057/TPO Felling of two beech trees at Auchmore House – Cllr Rankeillor explained the tree officer's role. TCC to object as the trees form part of the avenue. Proposed IM, seconded MA, agreed.
R 5. | <b>Treasurer's report</b>
R | HD reported a balance of £4,318.62 in the main account and £1,206.00 held for the resilience group. The accounts to 31st December 2020 were accepted.
R 6. | <b>Notes of previous meeting</b>
R | The notes of the meeting of 30th November 2020 were approved. Proposed FL, seconded IM.
R 7. | <b>Correspondence</b>
R | a) Cairnmore Council – community council elections postponed to autumn 2021. b) Energy company – resilience fund open for applications until 31st March. Noted.
R 8. | <b>AOB</b>
R | GSR raised the state of the Dalnabreck bus shelter roof. FL to contact the owner. Action FL.
R 9. | <b>Date of next meeting</b>
R | Monday 22nd February 2021, 7pm, by tele-conference.
