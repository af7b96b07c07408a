@title Regional Board Minutes - September 22, 2011
@font Times-Roman
@fontsize 11
@header_first || TESHQUOIT REGIONAL DISTRICT
@header Page {page} of 3 || Minutes – Regional Board September 22, 2011
HC REGIONAL BOARD
HC MINUTES – September 22, 2011
P The REGIONAL BOARD meeting was held in the Regional District Boardroom on Thursday, September 22, 2011, commencing at 7:00 PM
G <b>Present:</b> | Director Colm Farrant, Chair
G  | Director Ruth Ingebrigtsen
G  | Director Gary Thibodeau
G  | Director Anneke Vos
G  | Director Lionel Paquette
G  | Alternate Director Tom Yarrow
G  | Alternate Director Ellis Kwan
G <b>Regrets:</b> | Director Noreen Haddock
G  | Director Sadie Merriweather
G <b>Staff Present:</b> | Alan Brisbois, Chief Administrative Officer
G  | Megan Tolliver, Manager of Administrative Services
G  | Raj Sandhu, Manager of Operational Services
H 1. CALL TO ORDER
P Chair Farrant called the meeting to order at 7:00 p.m.
H 2. APPROVAL OF AGENDA
P R. Ingebrigtsen / G. Thibodeau<br/>THAT the Agenda be approved with an additional item of New Business; request for a letter of support for the Teshquoit Seniors Housing Society.
P <b>MOTION CARRIED UNANIMOUSLY.</b>
H 3. ADOPTION OF MINUTES
P <b>3.1 Minutes of the Regular Board Meeting - August 25, 2011</b>
P L. Paquette / A. Vos<br/>THAT the Minutes of the Regular Board Meeting, held August 25, 2011 be adopted.
P <b>MOTION CARRIED UNANIMOUSLY.</b>
P <b>3.2 Minutes of the Special Board Meeting - September 8, 2011</b>
P T. Yarrow / R. Ingebrigtsen<br/>THAT the Minutes of the Special Board Meeting, held September 8, 2011 be adopted as amended to show that Alternate Director Kwan was present.
P <b>MOTION CARRIED UNANIMOUSLY.</b>
H 4. CORRESPONDENCE
P <b>4.1 Correspondence dated August 29, 2011 from Wendy Pruett, Secretary, Teshquoit Therapeutic Riding Association re Letter of Appreciation</b>
P E. Kwan / L. Paquette<br/>THAT the correspondence dated August 29, 2011 from Wendy Pruett, Secretary, Teshquoit Therapeutic Riding Association re Letter of Appreciation be received.
P <b>MOTION CARRIED UNANIMOUSLY.</b>
P <b>4.2 Correspondence dated September 2, 2011 from the Ministry of Rural Communities and Development re Small Community Grant</b>
P G. Thibodeau / A. Vos<br/>THAT the correspondence dated September 2, 2011 from the Ministry of Rural Communities and Development re Small Community Grant be received.
P <b>MOTION CARRIED UNANIMOUSLY.</b>
P <b>4.3 Correspondence dated September 14, 2011 from Harold Quist, President, Teshquoit Seniors Housing Society re Request for Letter of Support</b>
P Director Vos declared a conflict of interest as a member of the society and left the meeting at 7:09 p.m.
P R. Ingebrigtsen / T. Yarrow<br/>THAT the Board send a letter supporting the Teshquoit Seniors Housing Society's application to the provincial housing program for twelve units at Hemlock Flats.
P <b>MOTION CARRIED UNANIMOUSLY.</b>
P Director Vos returned to the meeting at 7:14 p.m.
H 5. DELEGATIONS
P Constable Miriam Oduya, Teshquoit RCMP Detachment, presented the detachment's quarterly report for the rural areas. Director Paquette asked about patrols on the Kinnear Bluffs road during the summer; Constable Oduya advised that an additional car had been assigned on weekends. Chair Farrant thanked Constable Oduya for her presentation.
H 6. REPORTS
P <b>6.1 Chief Administrative Officer's Report</b>
P Alan Brisbois reviewed the report and advised that the new transit shelter at Alderwood Corner would be installed in October.
P G. Thibodeau / E. Kwan<br/>THAT the Chief Administrative Officer's report dated September 15, 2011 be received.
P <b>MOTION CARRIED UNANIMOUSLY.</b>
P <b>6.2 Manager of Operational Services Report re Transfer Station Hours</b>
P Raj Sandhu presented options for winter hours at the Marten Point transfer station.
P L. Paquette / G. Thibodeau<br/>THAT the Marten Point transfer station be open Wednesday to Sunday from 9:00 a.m. to 4:00 p.m. from November 1, 2011 to March 31, 2012.
P <b>MOTION CARRIED.</b> OPPOSED: Director Vos
P <b>6.3 Manager of Administrative Services Report re 2012 Board Meeting Schedule</b>
P A. Vos / R. Ingebrigtsen<br/>THAT the 2012 Board meeting schedule be approved as presented.
P <b>MOTION CARRIED UNANIMOUSLY.</b>
H 7. BYLAWS
P <b>7.1 Teshquoit Regional District Fire Protection Service Amendment Bylaw No. 461, 2011</b>
P T. Yarrow / L. Paquette<br/>THAT Teshquoit Regional District Fire Protection Service Amendment Bylaw No. 461, 2011 be adopted.
P <b>MOTION CARRIED UNANIMOUSLY.</b>
H 8. NEW BUSINESS
P <b>8.1 Request for Letter of Support - Teshquoit Seniors Housing Society</b>
P Dealt with under item 4.3.
H 9. IN CAMERA
P R. Ingebrigtsen / A. Vos<br/>THAT the public be excluded from the meeting according to section 90(1)(k) of the Community Charter - negotiations and related discussions respecting the proposed provision of a municipal service.
P <b>MOTION CARRIED UNANIMOUSLY.</b>
P The meeting recessed at 8:02 p.m. and reconvened at 8:41 p.m.
H 10. ADJOURNMENT
P G. Thibodeau<br/>THAT the meeting be adjourned.
P <b>MOTION CARRIED UNANIMOUSLY.</b>
P The meeting adjourned at 8:43 p.m.
S 18
P ____________________________ CHAIR
S 10
P ____________________________ CORPORATE OFFICER
