@title OFFICIAL PROCEEDINGS ST. GERVAIS PARISH COUNCIL TUESDAY, APRIL 24th, 2007
@font Times-Roman
@fontsize 11
@header St. Gervais Parish Council||Regular Meeting – April 24, 2007
@footer Page {page}
HC OFFICIAL PROCEEDINGS
HC ST. GERVAIS PARISH COUNCIL
HC TUESDAY, APRIL 24th, 2007
HC CHAIR LIONEL BOURGEOIS
HC VICE CHAIR ANNETTE VICKNAIR
S 6
P The Council of the Parish of St. Gervais, State of Louisiana, met in Regular Session in the Etienne Roussel Chambers, Port Gervais, Louisiana on Tuesday, April 24th, 2007, at 6:30 PM.
H CALL TO ORDER:
P PRESENT AT ROLL CALL: Hosea Larche, Councilman District I; Denise Oubre, Councilwoman District II; Lionel Bourgeois, Councilman District III; Annette Vicknair, Councilwoman District IV; Curtis Jasmin, Councilman District V; Earl Haydel, Councilman District VI; Norbert Tregre, Councilman District VII; Paul Zeringue, Councilman-at-Large, Div. A; Wanda Keller, Councilwoman-at-Large, Div. B. ABSENT: None.
P Councilman Larche led the Prayer and Councilwoman Keller led the Pledge. Legal Counsels Roy Faucheux and Jules Madere were present.
H APPROVAL OF MINUTES
P Moved by Councilwoman Vicknair and seconded by Councilman Tregre to approve the minutes of the April 10, 2007 regular meeting as written. The motion carried unanimously.
H PRESENTATIONS
H Gail Ricard – Presentation – Distinguished Budget Presentation Award, Government Finance Officers Association
P Gail Ricard, President of the Louisiana Government Finance Officers, presented the Distinguished Budget Presentation Award for the 2007 budget to Parish President Alton Rome and Finance Director Marcel Duhe. Mr. Duhe thanked the finance staff and the Council for their work on the budget hearings.
H Parish President – Presentation – Port Gervais High School 2007 Girls State Basketball Champions
P This item will be carried over to the next meeting.
H PUBLIC HEARING – ORDINANCES
H PO07-12 – An ordinance amending Chapter 6 of the Code of Ordinances relative to the hours of operation of bars and lounges in unincorporated areas (Oubre)
P Chairman Bourgeois opened the public hearing. Mr. Dwight Hymel, owner of the Levee Lounge, spoke against the proposed 2:00 AM closing time. Ms. Carla Schexnayder of River Oaks Subdivision spoke in favor. The public hearing was closed.
P Moved by Councilwoman Oubre and seconded by Councilman Jasmin to adopt PO07-12. Councilman Haydel moved an amendment, seconded by Councilman Tregre, to change the closing time from 2:00 AM to 3:00 AM on Fridays and Saturdays. The amendment failed by the following vote:
P YEAS: Haydel, Tregre, Zeringue
P NAYS: Larche, Oubre, Bourgeois, Vicknair, Jasmin, Keller
P ABSENT: None
P The main motion carried by the following vote:
P YEAS: Larche, Oubre, Bourgeois, Vicknair, Jasmin, Keller, Zeringue
P NAYS: Haydel, Tregre
P ABSENT: None
H PO07-13 – An ordinance to declare surplus and authorize the sale of two 1998 dump trucks (Jasmin)
P Chairman Bourgeois opened the public hearing. No one spoke. The public hearing was closed. Moved by Councilman Jasmin and seconded by Councilman Larche to adopt PO07-13. The motion carried unanimously.
H RESOLUTIONS
H R07-31 – A resolution requesting the Louisiana Department of Transportation and Development to install a traffic signal at LA 44 and Belle Terre Road (Zeringue)
P Moved by Councilman Zeringue and seconded by Councilwoman Keller to adopt R07-31. The resolution was adopted by the following vote:
P YEAS: Larche, Oubre, Bourgeois, Vicknair, Jasmin, Haydel, Tregre, Zeringue, Keller
P NAYS: None
P ABSENT: None
H APPOINTMENTS
H Planning and Zoning Commission – one appointment, District V seat
P Moved by Councilman Jasmin and seconded by Councilwoman Keller to appoint Mr. Raymond Cambre. Councilwoman Vicknair offered a substitute motion, seconded by Councilman Larche, to appoint Ms. Yvonne Becnel. Councilman Jasmin asked the Chairman whether a substitute motion could name a different appointee; Legal Counsel Faucheux advised that it could. The substitute motion failed by the following vote:
P YEAS: Larche, Vicknair, Oubre
P NAYS: Bourgeois, Jasmin, Haydel, Tregre, Zeringue, Keller
P ABSENT: None
P The main motion failed by the following vote:
P YEAS: Bourgeois, Jasmin, Keller, Zeringue
P NAYS: Larche, Vicknair, Oubre, Haydel
P ABSTAIN: Tregre
P ABSENT: None
P The appointment will be placed on the May 8, 2007 agenda.
H COUNCIL MEMBER ITEMS
H Councilman Tregre – Discussion of drainage on Belle Terre Road
P Councilman Tregre asked the Administration for the schedule for cleaning the Belle Terre lateral. Public Works Director Troy Gaudet reported that the lateral would be cleaned by the end of May, weather permitting.
H ADJOURNMENT
P Moved by Councilman Haydel and seconded by Councilwoman Oubre to adjourn. The motion carried unanimously and the meeting was adjourned at 8:14 PM.
S 16
P ______________________________ ______________________________
P LIONEL BOURGEOIS, CHAIRMAN &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; MONIQUE ST. PIERRE, COUNCIL SECRETARY
