@title Cwmgarw Town Council September 2024
@font Times-Roman
@fontsize 11.5
@header ||84
@header_first ||83
HC CYNGOR TREF CWMGARW TOWN COUNCIL
S 4
C Ordinary Meeting of the Council held at the Miners' Institute, Heol y Felin on Thursday 5th September 2024 at 6.30p.m.
S 4
P <b>Present :</b> Councillor Gwyn Pryce, Chairman, Presided. Councillors Mrs E Bevan, D Cadwaladr, T Eynon, H Griffiths, R Howells, Ms S Llewellyn, A Morgan, K Parry, Mrs L Rhydderch, W Tudor.
P <b>In attendance :</b> Mr Alun Jenkins, Town Clerk.
H 61. APOLOGIES FOR ABSENCE.
P Apologies for absence were received from Councillors Mrs M Prosser and J Vaughan.
H 62. MINUTES
P A) Minutes of the 4th July – The Chairman referred to Minute 49 and advised that Councillor Eynon had asked for the figure for the skate park repairs to read £2,850 and not £2,580. Resolved that the Minutes of the Council's meeting on the 4th July 2024, as amended, be confirmed as an accurate record and signed by the Chairman.
P B) Resolved that the Minutes of the Council's Finance and General Purposes Committee held on the 18th July 2024 be confirmed as an accurate record and signed by the Chairman.
HC MATTERS ARISING FROM MINUTES
H 63. WAR MEMORIAL RAILINGS.
P Further to Minute 50 the Clerk reported that the blacksmith had inspected the railings around the War Memorial and found three sections that needed replacing before Remembrance Sunday. Councillor Howells asked that the work be finished in time for the parade.
P Resolved that: a) the quotation of £1,340 from Tawe Forge be accepted; b) the Clerk write to the British Legion branch to confirm the arrangements.
H 64. BUS SHELTER, HEOL Y FELIN.
P Further to Minute 53 the Clerk reported that the County Council had agreed to replace the damaged roof panel of the shelter at no cost to the Town Council. Members noted the position.
H 65. CORRESPONDENCE.
P A letter dated 20th August had been received from the Cwmgarw Male Voice Choir seeking the financial support of the Town Council towards its visit to the Lorient festival. Councillor Mrs Rhydderch declared an interest as a member of the choir committee and left the room.
P Resolved that a donation of £150 be made to the Cwmgarw Male Voice Choir.
H 66. PLANNING APPLICATIONS.
P 24/1677/HH – 3 Tan y Bryn – first floor extension over the garage. 24/1702/FUL – former Ebenezer Chapel – conversion to two flats. No objections were raised to either application.
H 67. CHRISTMAS LIGHTS AND FESTIVE EVENT ARRANGEMENTS FOR THE TOWN CENTRE, YSTRAD ROAD AND THE OUTLYING VILLAGES.
P Councillor Parry reported on the tenders for the erection and testing of the Christmas lights and proposed that the lowest tender, from Valley Electrical, be accepted for three years. Councillor Tudor moved an amendment that the contract be for one year only; on being put to the meeting the amendment was lost. The motion was then put and carried by 9 votes to 2.
H 68. COUNTY COUNCILLOR'S REPORT.
P County Councillor Morgan reported that resurfacing of the Heol y Felin car park would begin in October and that the library opening hours would be unchanged over the winter.
H 69. ACCOUNTS.
P Resolved that the accounts as listed in the schedule for July and August, totalling £7,482.15, be passed for payment.
H 70. DATE OF NEXT MEETING.
P The next Ordinary Meeting of the Council will be held on Thursday 3rd October 2024 at 6.30p.m.
