@title Town Council minutes 8 October 2025
@font Times-Roman
@fontsize 11
@header {page}
@pageoffset 214
@footer Signed ........................................ Town Mayor          Date ....................
HC LUMBFOOT TOWN COUNCIL
HC MEETING of the TOWN COUNCIL held WEDNESDAY 8th OCTOBER 2025 at LUMBFOOT TOWN HALL
HC MINUTES
P <b>PRESENT</b> Councillors; Ackroyd (Chair), Barraclough, Crowther, Dearden, Eastwood, Fielden, Greenwood, Holroyd, Ingham, Sutcliffe and Wadsworth.
P Also present: Town Clerk – Nadia Haworth; Deputy Town Clerk – Owen Priestley. Plus, six members of the public.
P <b>201. PUBLIC QUESTION TIME.</b> A resident of Gibb Lane asked when the Council would respond to the consultation on the Stubbing Wharf bus turning circle. The Town Clerk advised that the response was on tonight's agenda under item 209.
P <b>202. APOLOGIES FOR ABSENCE.</b> Cllrs Lumb and Mitchell.
P <b>203. MEMBERS' INTERESTS RELATING TO AGENDA ITEMS.</b> Cllr Ingham – in respect of item 204c as a near neighbour of the site.
P <b>204. PLANNING APPLICATIONS</b>
P a) Application 25/00841/HSE at 12 Mytholm Terrace, Lumbfoot, HX7 1QP for Single storey rear extension and dormer to front elevation. (Lumbfoot West) It was moved by Cllr Fielden Seconded by Cllr Dearden and RESOLVED: NO OBJECTION
P b) Application 25/00862/FUL at Former Dye Works, Canal Road, Lumbfoot for Conversion to nine apartments with associated parking. (Canalside) Cllr Crowther spoke of the importance of bringing the building back into use but raised the lack of parking for visitors. It was moved by Cllr Crowther Seconded by Cllr Barraclough and RESOLVED: NO OBJECTION subject to the Highways Authority being satisfied with the parking provision.
P c) Application 25/00877/OUT at Land adjacent to Heights Farm, Stoney Lane for Two detached dwellings (Outline). (Heights) Note: Cllr Ingham left the room. One resident spoke against the application citing the narrow access and surface water running onto Stoney Lane. It was moved by Cllr Wadsworth Seconded by Cllr Holroyd and RESOLVED: RECOMMEND REFUSAL on the grounds of highway safety and the loss of open countryside outside the settlement boundary. Note: Cllr Ingham returned.
P <b>205. MINUTES OF THE MEETING HELD ON 10th SEPTEMBER 2025.</b> It was moved by Cllr Greenwood Seconded by Cllr Eastwood and RESOLVED to approve the minutes as a correct record.
P <b>206. COMMUNICATIONS FROM THE TOWN MAYOR AND THE CLERK.</b>
P a) Calderside Council – Consultation on Parish Precept Support Grant 2026/27.
P b) Yorkshire Local Councils Associations – Autumn Bulletin.
P c) Lumbfoot in Bloom – Letter of thanks for the Council's grant. It was moved by Cllr Ackroyd Seconded by Cllr Sutcliffe and RESOLVED: to note the information.
P <b>207. JENNY OLDROYD – COMMUNITY SAFETY OFFICER – CALDERSIDE COUNCIL</b> Jenny introduced herself and explained that she now covered the whole of the upper valley. She reported that anti-social behaviour around the canal basin had fallen since the new lighting was installed. Cllr Dearden asked about off-road motorbikes on the moor tops; Jenny replied that a joint operation with the police was planned for the autumn half-term. Cllrs thanked Jenny for attending.
P <b>208. FINANCE.</b> The Deputy Town Clerk presented the schedule of payments for September 2025 totalling £14,228.61 and the bank reconciliation. It was moved by Cllr Eastwood Seconded by Cllr Fielden and RESOLVED: to approve the payments as listed.
P <b>209. STUBBING WHARF BUS TURNING CIRCLE – CONSULTATION.</b> Cllr Holroyd outlined the proposal and the concerns of residents of Gibb Lane about noise early in the morning. It was moved by Cllr Holroyd Seconded by Cllr Greenwood and RESOLVED: that the Town Council SUPPORTS the turning circle subject to no services using it before 6.30am and a landscaping scheme being agreed with residents.
P <b>210. MOTION – CLIMATE EMERGENCY ACTION PLAN.</b> Cllr Sutcliffe moved the following motion, Seconded by Cllr Crowther: "That the Town Council commits £5,000 from reserves to a Climate Emergency Action Plan for 2026/27." Cllr Barraclough spoke against, stating that the sum should be considered as part of the budget process. On being put to the vote there were 4 votes for and 6 against with 1 abstention. The motion was LOST.
P <b>211. TOWN HALL – ACCESSIBILITY WORKS.</b> The Town Clerk reported that three tenders had been received for the installation of a platform lift. It was moved by Cllr Wadsworth Seconded by Cllr Ackroyd and UNANIMOUSLY RESOLVED: to accept the tender of Pennine Access Ltd in the sum of £38,950 + VAT, to be funded from the building reserve and the Community Fund grant.
P <b>212. REPORTS FROM COUNCILLORS ON OUTSIDE BODIES.</b> Cllr Greenwood reported on the Lumbfoot Festival Committee, which had made a surplus of £2,300. Cllr Eastwood reported on the Canal and River Trust local forum. Reports were noted.
P <b>213. EXCLUSION OF THE PRESS AND PUBLIC.</b> It was moved by Cllr Ackroyd Seconded by Cllr Holroyd and RESOLVED: that under the Public Bodies (Admission to Meetings) Act 1960 the press and public be excluded for the following item owing to the confidential nature of the business.
P <b>214. STAFFING.</b> The Town Mayor reported on the outcome of the Deputy Town Clerk's annual appraisal. It was moved by Cllr Ackroyd Seconded by Cllr Crowther and RESOLVED: to approve the recommendation of the Staffing Panel.
P Meeting closed at 9.12pm.
