@title MinutesSept2017PenhallowMoor
@font Helvetica
@fontsize 11.5
@header APPROVED MINUTES||MinutesPMPC/MinutesSept2017PenhallowMoor
HC PENHALLOW MOOR PARISH COUNCIL MINUTES OF COUNCIL MEETING
C Held at Parish Hall on Tuesday 19th September 2017
P Present: Councillors R Treloar (Chairman), K Mewton, P Jory, M Spargo, G Tonkin, A Rowe. County Cllr T Hocking. There were 11 members of the public present.
P <b>County Councillor</b> Councillor Hocking provided his report on the issues raised during the month and which he had dealt with or reported to the relevant departments. Some of the issues raised were: the drainage outside the school; the speeding on the Bodmin road raised by the Parish Council; the new protocol to be followed when the Parish Council's view on a planning application differs from that of the planning officer; and the resurfacing of the lane at Trewint, now programmed for November.
P <b>Public Session</b> Issues raised: &#8226; PA17/07712 This application, for two holiday lodges at Higher Penhallow, drew several comments, including objections, from members of the public on the grounds of access and drainage; the applicant's agent then replied covering some of the concerns. &#8226; A parishioner asked that the hedge at the entrance to the playing field be cut back before the winter.
P <b>164/17 Apologies</b> Cllrs S Bolitho, D Pascoe.
P <b>165/17 Declaration of Interest</b> Cllr G Tonkin declared an interest in item 168/17 (PA17/07712) as a neighbour of the site. Cllr R Treloar and Cllr K Mewton declared an interest in item 172/17 as trustees of the Parish Hall.
P <b>166/17 Minutes of the Previous Meeting</b> The minutes of the meeting held on 15th August had been circulated. There was one amendment, to the list of councillors present (Cllr A Rowe did not attend). The minutes for the meeting held on 15th August were proposed by Cllr M Spargo and seconded by Cllr P Jory as a true record of the meeting and then signed by the Chairman.
P <b>167/17 Matters Arising</b> The following items were raised: &#8226; The reflective posts at the Trewint bend have still not been replaced; the Clerk will chase Cormac again. &#8226; The new dog bin at the playing field has been installed. &#8226; Cllr Jory reported that the footpath sign at Carn Lane had been knocked down by a tractor.
P <b>168/17 Planning</b> (a) PA17/07712 Two holiday lodges, Higher Penhallow. Cllr Tonkin left the room. After discussion it was resolved to object to the application on the grounds of the narrow access and the lack of details of drainage. Cllr Tonkin returned. (b) PA17/08104 Replacement dwelling, Trewint Cottage. It was resolved to support the application. (c) PA17/08231 Agricultural building, Gwelmor Farm. No objection.
P <b>169/17 Finance</b> The following payments were proposed by Cllr K Mewton and seconded by Cllr A Rowe, all in favour: Clerk's salary September £286.40; HMRC £71.60; Cornwall Playgrounds Ltd, annual inspection £144.00; Parish Hall hire £18.00. The Clerk reported that the external auditor's report had been received with no matters raised, and the notice of conclusion of audit had been displayed.
P <b>170/17 Highways and Footpaths</b> Cllr Spargo reported that the verge at Penhallow Cross had been cut too early and that the wild flowers sown by the school had been lost. The Clerk was asked to write to Cormac about the cutting dates for next year. Cllr Rowe said that the stile on footpath 12 was now unsafe.
P <b>171/17 Correspondence</b> The following correspondence was noted: (i) Cornwall Council, Local Maintenance Partnership payment for 2017/18; (ii) CALC, autumn training programme; (iii) Devon and Cornwall Police, rural crime newsletter.
P <b>172/17 Parish Hall</b> Cllrs Treloar and Mewton left the room and Cllr Spargo took the chair. A request from the Parish Hall committee for a grant of £500 towards the new heating system was considered. Cllr Jory proposed a grant of £500, seconded by Cllr Rowe. Cllr Tonkin suggested that the committee should first apply to the Cornwall Council community chest. The proposal was not carried (2 for, 3 against). Cllrs Treloar and Mewton returned and Cllr Treloar resumed the chair.
P <b>173/17 Date of Next Meeting</b> Tuesday 17th October 2017 at 7.30pm in the Parish Hall.
S 10
P The meeting closed at 9.05pm.
S 24
P Signed ........................................ Chairman&nbsp;&nbsp;&nbsp;&nbsp; Date ......................
