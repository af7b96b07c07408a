@title Drewsford Parish Council - Extraordinary Meeting 12 March 2019
@font Helvetica
@fontsize 10.5
@header DREWSFORD PARISH COUNCIL
@footer Chairman's initials ............||Page {page}
P Minutes of the Extraordinary Meeting of the Parish Council held at Moorgate House on Tuesday 12th March 2019 commencing at 7.30 p.m.
S 4
P Prior to the meeting Mr. Alan Voisey and Mrs. Jenny Crocker requested to speak to the Council about the revised proposals for the land at Westcott Farm.
P The previous scheme for nine houses was refused by the National Park Authority and the appeal was dismissed. Mr. Voisey said that the new scheme had six smaller homes, two of them for local people in housing need, and more parking. Mrs. Crocker said that the field entrance on Westcott Lane would be moved away from the bend.
S 4
P Present: Cllrs: Brimblecombe, Mrs. Heard (Chairman), Mrs. Luscott, Nankivell, Pedrick, Ms Sercombe, Mrs. Tapper and Yeo.
S 4
P <b>201. APOLOGIES FOR ABSENCE</b> Apologies had been received from Cllrs: Mrs. Ashplant and Mrs. Widdicombe.
P <b>202. DECLARATIONS OF INTEREST</b> Cllr: Pedrick declared an interest in Minute 204(b) as the neighbour of the applicant.
P <b>203. URGENT BUSINESS BROUGHT FORWARD AT THE CHAIRMAN'S DISCRETION</b> There was no urgent business.
P <b>204. GROUP/REPRESENTATIVES REPORTS</b> Planning Control Matters – Cllr: Nankivell
P a) Ref: 0122/19 Higher Moorgate, Mill Lane, Drewsford Proposed: Replacement of garage with garden studio. Resolved: to support the application.
P b) Ref: 0131/19 2 Town Barton, Drewsford Proposed: Two storey rear extension. Cllr: Pedrick left the room. Resolved: to support the application, however the Council would like the rear window to be obscure glazed.
P Grant of Conditional Planning Permission c) Ref: 0059/19 The Old Bakery, Fore Street, Drewsford Proposed: Change of use of ground floor to a single dwelling. Subject to conditions. Noted.
P Reports d) National Park Forum Meeting – Cllr: Nankivell Cllr: Nankivell attended the Forum meeting on Friday 8th March 2019. The Authority's Head of Planning spoke about the review of the Local Plan and the housing figures for the larger villages. Cllr: Nankivell said that Drewsford would be asked to accept twelve homes over the plan period.
P <b>205. WESTCOTT FARM – REVISED PROPOSALS</b> Members discussed the revised proposals that had been presented before the meeting. Cllr: Brimblecombe said the smaller homes were welcome but that the lane was not wide enough for construction traffic. Cllr: Mrs. Tapper proposed and Cllr: Yeo seconded that the Council write to the developer supporting the revised scheme in principle, subject to a construction traffic plan. On being put to the vote the motion was carried by six votes to one.
P <b>206. FLOOD RESILIENCE – COMMUNITY GRANT</b> The Clerk reported that the County Council had invited applications for community flood resilience grants of up to £2,000, closing on 31st March. Resolved: that the Clerk apply for a grant for flood gates and sandbags for the properties on Mill Lane.
P <b>207. CHURCH CLOCK</b> Cllr: Ms Sercombe reported that the clock repairer could not attend until May. The matter was deferred to the April meeting.
P <b>208. DATE OF NEXT MEETING</b> The next ordinary meeting of the Council will be held on Tuesday 2nd April 2019 at 7.30 p.m. in Moorgate House.
S 6
P There being no further business the Chairman closed the meeting at 8.55 p.m.
S 14
P Signed ....................................... Chairman&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Date .........................
