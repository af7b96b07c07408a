@title Drumcaird Hill CLG minutes March 2011
@font Helvetica
@fontsize 10.5
@footer {page}
H DRAFT
S 4
H Drumcaird Hill Wind Farm Community Liaison Group Meeting March 16th 2011 Minutes
S 6
P <b>Attendees:</b>
P Hamish Cowie – Chair, Kirkmalloch and District Community Council – HC Isobel Fairbairn – Secretary, Kirkmalloch and District Community Council – IF Cllr Archie Rintoul – Dunmarsh Council ward member for Upper Kelder – AR Cllr Netta Gillon – Dunmarsh Council ward member for Upper Kelder – NG Morag Lennie – Stranfoyle Community Council – ML Douglas Affleck – Stranfoyle Community Council – DA Fiona Dalgetty – Kelder Valley Development Trust – FD Euan Baxendale – Tarnbeck Renewables – EB Priya Nair – Tarnbeck Renewables – PN Callum Rudd – Redgate Communications (Chair of the group) – CR
P <b>Apologies:</b> Jean Kilpatrick (Stranfoyle Primary School); Cllr Tom Sangster; Alan Greig (Kelder Angling Association)
S 6
H Minutes
P The minutes of 8th December 2010 were agreed without amendment.
P IF asked that the action on the Stranfoyle road survey be carried forward, as no date had yet been given by the roads authority. EB confirmed that the survey was booked for the week beginning 11th April.
H Project update from Tarnbeck Renewables
P EB said the layout had been revised following the bird surveys, with two turbines on the northern ridge removed and the remaining 14 moved slightly east. The maximum tip height stays at 125 metres. The revised photomontages would be on display at the public exhibitions in Kirkmalloch Hall on 6th May and Stranfoyle Hall on 7th May.
P PN said the construction traffic route would now avoid the centre of Stranfoyle and use the forestry haul road from the Kelder hill road. Deliveries of the turbine components would be timed to avoid school drop-off and pick-up.
P AR asked whether the haul road junction would be widened. PN said this was being discussed with the roads authority and the result would be reported to the next meeting.
H Reports from community representatives
P HC said views at Kirkmalloch were mixed. Several residents had asked whether the turbines would be visible from the village square and he asked that a photomontage from that point be added.
P ML said Stranfoyle Community Council had received a letter objecting to the visual impact from the loch, but most people who had spoken to her were more interested in the community fund and in local jobs.
P FD said the Development Trust would be willing to administer a fund if the community councils wished.
H Community benefit fund
P CR outlined the options set out in the paper circulated with the agenda: a fund run by the two community councils, a fund run by the Development Trust, or a regional fund run by a grant-making charity. EB confirmed that Tarnbeck was offering £5,000 per megawatt installed per year, index-linked, for the life of the wind farm.
P After discussion it was agreed that each community council would consult its residents on the three options before the next meeting, and that FD would prepare a short note on how a trust-run fund would work.
H AOB
P NG asked that future meetings be held in the evening so that more members of the public could attend.
H Date of next meeting
P Wednesday 15th June 2011, 7pm, Stranfoyle Hall.
