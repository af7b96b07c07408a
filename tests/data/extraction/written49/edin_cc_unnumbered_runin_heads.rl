@title Braidhope CC Minute 26 March 2018
@font Helvetica
@fontsize 11
@footer Braidhope Community Council – Minute of Ordinary Meeting 26 March 2018||Page {page} of 2
P <b>Approved</b>
HC Braidhope Community Council
C <i>‘Unitas in Loco’ (Together in Place)</i>
HC Minute of Ordinary Meeting of the Council on 26 March 2018 held in Hopeburn Community Rooms, Hopeburn Neuk.
S 4
P <b>Attendance:</b> K Ballantyne; D Strachan; L McIver; A Fairbairn; R Kerr; M Napier (Min Sec). <b>Ex-officio:</b> Cllr S Lockhart, City Council. <b>Visitors:</b> J Wedderburn, Resident; PC Kirsty Lennie, Community Police Officer. <b>Apologies:</b> G Urquhart; Cllr P Rintoul; T Haldane, Hopeburn Housing Co-operative.
P The meeting started at 7pm, with K Ballantyne in the Chair.
P <b>Minutes of Previous Meeting:</b> The draft minutes for our meeting held on 26 February 2018 were reviewed. There being no corrections, the minutes were moved for approval by LM, seconded by AF. Approved. <i>Action: Min Sec to publish on website and send copy to the City Council liaison officer.</i>
P <b><u>Matters Arising</u></b>
P <b>1. Hazardous Kerb at Hopeburn Broadway:</b> The Chair reported that the raised kerb outside the pharmacy had still not been repaired. The City Council maintains that it forms part of the shop frontage, but the owner has not been identified. <i>Action: Chair to raise with the local roads inspector.</i>
P <b>2. Dog Bins on the Neuk Path:</b> DS reported that the two bins promised in January had been installed, but the one at the bridge is emptied only fortnightly and is overflowing. <i>Action: Secretary to write to Waste Services.</i>
P <b>3. Community Walkabout:</b> The spring walkabout with officers will take place on Saturday 21 April at 10am, starting from the Broadway shops. Agreed that RK and AF would attend on behalf of the Community Council.
P <b><u>Police Report:</u></b> PC Lennie reported 23 crimes in the area in February, compared with 31 in January, mostly thefts of and from motor vehicles. Two youths had been charged following the fire at the Neuk garages. Residents were reminded that the police surgery at Hopeburn Library now runs on Thursdays between 6 and 7pm.
P <b>Planning:</b> LM reported on application 18/01022/FUL for the change of use of the former bank at 4 Hopeburn Broadway to a hot food takeaway. Members were concerned about litter and late-night noise. The CC agreed to submit a comment asking that opening hours be limited to 11pm. <i>Action: LM to submit comment by 6 April.</i>
P <b>Treasurer’s Report:</b> AF reported a balance of £642.18, after payment of the hall let for the quarter and the website renewal. The report was noted.
P <b>Councillors’ Reports:</b> Cllr Lockhart reported that the budget approved by the City Council in February included £120,000 for resurfacing in the ward, with Hopeburn Road and the Neuk footpath on the list for the summer. She would confirm the dates when known.
P <b>Neighbourhood Partnership:</b> DS attended the South West Neighbourhood Partnership on 13 March on behalf of the Community Council. The Partnership had agreed its priorities for 2018/19, which are road safety around schools, the condition of paths in parks, and support for older people living alone. A small grants round will open in May, with applications of up to £1,000 for community groups. DS suggested that the Community Council should apply for a contribution towards the cost of new planters for the Broadway shops. Members agreed that DS and LM should prepare an application for the April meeting. <i>Action: DS and LM.</i>
P <b>Correspondence:</b> The correspondence list for March had been circulated with the agenda papers. The correspondence was noted.
P <b>AOCB:</b> RK raised the poor state of the hedges along the school path. JW, Resident, said that the hedges belong to the housing co-operative. <i>Action: Secretary to contact the co-operative.</i>
P <b>Date of Next Meeting:</b> Monday 23 April 2018 at 7pm in Hopeburn Community Rooms.
S 8
P The meeting closed at 8.50pm.
