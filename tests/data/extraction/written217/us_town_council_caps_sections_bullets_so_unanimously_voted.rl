@title October 1, 2019 Minutes
@font Times-Roman
@fontsize 11
@footer October 1, 2019 Regular Meeting Minutes||Page {page}
HC PETTAQUAM TOWN COUNCIL
HC REGULAR MEETING
HC OCTOBER 1, 2019
HC MINUTES
S 6
P A Regular Meeting of the Town Council of the Town of Pettaquam was held on Tuesday, October 1, 2019 at 7:30 PM, at the Pettaquam Town Hall. Present: Denise R. Almeida, President; Kevin J. Furtado, President Pro Tem; Maria L. Souza, Member; Thomas P. Quigley, Member; Alan W. Mederios, Member; Louise Hanrahan, Town Manager; Peter D. Kaczmarek, Town Solicitor
H APPROVAL OF MINUTES:
P • September 3, 2019 Regular Meeting: Motion by Councilor Furtado, seconded by Councilor Souza to approve the minutes as presented. So unanimously voted.
P • September 16, 2019 Special Meeting: Held for future consideration.
H ANNOUNCEMENTS/PRESENTATIONS:
P • Proclamation honoring the Pettaquam Volunteer Ambulance Corps on its 50th anniversary: President Almeida read the proclamation and presented it to Captain Rosa Tavares, who thanked the Council on behalf of the Corps and its 46 volunteers.
P • Presentation of the Harbor Management Plan update by Harbormaster Daniel Fitzgerald: Mr. Fitzgerald summarized the proposed changes to the mooring waiting list and the new fee schedule for transient moorings. The Council took no action.
H OPEN FORUM:
P • Ms. Carol Whitford, 22 Bluff Road, spoke in opposition to the proposed short-term rental ordinance and asked that the public hearing be held in the school auditorium.
P <b>CONSENT AGENDA:</b> Councilor Quigley requested item #4 be removed from the Consent Agenda. Motion by Councilor Mederios, seconded by Councilor Furtado to approve the Consent Agenda, less item #4. So unanimously voted.
H ITEM REMOVED FROM THE CONSENT AGENDA:
P • Purchase of a utility vehicle for the Parks and Recreation Department ($31,480): Councilor Quigley asked why the vehicle was not included in the capital budget. Town Manager Hanrahan explained that the existing vehicle had failed inspection in August. Motion by Councilor Quigley, seconded by Councilor Souza to approve the purchase. Motion passed 4-1, Councilor Mederios opposed.
H PUBLIC HEARINGS:
P • Amendment to Chapter 14, Zoning, regarding short-term rentals: The public hearing was opened at 8:05 PM. Eleven residents spoke, seven in opposition and four in favor. The hearing was closed at 8:41 PM. The matter was continued to the October 15, 2019 meeting for further review by the Town Solicitor.
H OLD BUSINESS:
P • Ordinance amending Chapter 9, Parking on Sea View Avenue (second reading): Motion by Councilor Souza, seconded by Councilor Quigley to adopt the ordinance as presented. Councilor Mederios moved to amend by removing the Sunday restriction; seconded by Councilor Furtado. The amendment failed 2-3 (Councilors Mederios and Furtado in favor; President Almeida, Councilors Souza and Quigley opposed). The main motion passed 3-2 (President Almeida, Councilors Souza and Quigley in favor; Councilors Mederios and Furtado opposed).
H NEW BUSINESS:
P • Request from the Pettaquam Historical Society to place a marker at Bell Rock Landing: Motion by Councilor Furtado, seconded by Councilor Mederios to approve the request. So unanimously voted.
P • Appointment to the Zoning Board of Review, alternate member: Motion by Councilor Souza, seconded by Councilor Quigley to appoint Janet Corrigan for a term ending December 31, 2021. So unanimously voted.
P • Award of bid for the Town Beach pavilion roof replacement: Motion by Councilor Quigley to award the bid to Harbor Roofing Co. in the amount of $48,900. There was no second and the motion failed.
P • Resolution in support of state funding for coastal resilience projects: Councilor Souza moved the resolution. Following discussion Councilor Souza withdrew the motion so that the Town Manager could revise the text with the Town Solicitor.
P • Discussion and/or action on the FY2021 budget calendar: Town Manager Hanrahan presented a proposed calendar. By consensus, the Council agreed to hold budget workshops on January 14 and January 28, 2020.
H TOWN MANAGER'S REPORT:
P • Town Manager Hanrahan reported that the Ocean Road seawall repairs would be complete by November 15 and that leaf collection would begin October 21.
P <b>EXECUTIVE SESSION:</b> Motion by Councilor Furtado, seconded by Councilor Souza to convene in executive session pursuant to R.I.G.L. Sec. 42-46-5(a)(2), potential litigation. So unanimously voted. The Council reconvened in open session at 9:58 PM. Motion by Councilor Quigley, seconded by Councilor Mederios to seal the minutes of the executive session. So unanimously voted.
P <b>ADJOURNMENT:</b> Motion by Councilor Furtado, seconded by Councilor Souza to adjourn at 10:12 PM. So unanimously voted.
S 12
P Attest:
P Anne M. Pacheco, Town Clerk
