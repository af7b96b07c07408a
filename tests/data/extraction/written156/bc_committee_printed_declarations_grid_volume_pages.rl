@title Resources Committee 9 July 2003
@font Times-Roman
@fontsize 11
@header {page}
@pageoffset 140
@footer Resources Committee – 9th July 2003.
HC MINUTES OF THE MEETING OF THE RESOURCES COMMITTEE OF THE BOROUGH COUNCIL OF MARLSTOWE HELD AT KESTREL HOUSE, MARLSTOWE ON WEDNESDAY, 9 JULY 2003
P <b>Present:</b> Councillor Mrs P Abbott (Chairman), Councillor G Hepburn (Vice-Chairman) and Councillors Ashby, Coles, Devlin, Farrant, Mrs Kaur, Lomax, Oduya and Prentice.
P <b>Officers present:</b> Mr D Whitlock (Director of Resources), Mrs J Cairns (Head of Finance), Mr S Okafor (Head of Property Services), Ms L Pearce (Legal Adviser) and Mrs A Gunby (Committee Administrator).
P <b>Also present:</b> Councillor R Tomlin (Leader of the Council).
H 1. APOLOGIES FOR ABSENCE
P RESOLVED to note the apologies for absence received from Councillors Bland and Mrs Yeomans.
H 2. DECLARATIONS OF INTEREST
P RESOLVED to note that the councillors below declared interests under the Code of Conduct:
TH Councillor | Agenda item | Reason for declaration
T Coles | 7 – Grant to the Garrick Rooms Arts Centre | Personal and prejudicial – Board member of the Garrick Rooms Trust.
T Farrant | 6 – Disposal of land at Marlbrook Wharf | Personal – owns a business unit on the adjoining estate.
T Mrs Kaur | 5 – Council tax collection | Personal – employed by the Citizens Advice Bureau.
H 3. MINUTES
P RESOLVED that the minutes of the meeting of the committee held on 11 June 2003 be confirmed and signed by the Chairman.
H 4. BUDGET MONITORING – QUARTER 1 2003/2004
P The committee received the report of the Head of Finance setting out the position on the revenue and capital budgets to 30 June 2003. (Copy filed with the signed minutes.)
P Mrs Cairns reported that the main variances were additional car park income of £46,000 and an overspend of £31,500 on temporary staff in the housing benefit section. Councillor Devlin asked whether the car park income was likely to continue; Mrs Cairns said the position would be clearer after the summer.
P RESOLVED that the report be noted.
H 5. COUNCIL TAX COLLECTION – PERFORMANCE
P The committee considered the report of the Director of Resources on council tax and business rates collection for the first quarter. Councillor Oduya asked about the number of summonses issued in May and Mr Whitlock explained the change in the reminder timetable.
P RESOLVED that the committee note the collection rates and that a further report on recovery action be brought to the October meeting.
H 6. DISPOSAL OF LAND AT MARLBROOK WHARF
P The committee considered the report of the Head of Property Services on the offers received for the former depot site. Mr Okafor reported that the highest offer, £310,000, was conditional on planning permission for residential use. Councillor Lomax moved and Councillor Prentice seconded that the conditional offer be accepted.
P On being put to the vote the motion was carried by 7 votes to 3.
P RECOMMENDED to Council that the conditional offer of £310,000 for the land at Marlbrook Wharf be accepted and that the Head of Property Services be authorised to complete the sale.
H 7. GRANT TO THE GARRICK ROOMS ARTS CENTRE
P Councillor Coles, having declared a personal and prejudicial interest, left the room during consideration of this item.
P The committee considered a request from the Garrick Rooms Trust for a revenue grant towards its 2003/2004 programme.
P RESOLVED that a grant of £12,500 be made to the Garrick Rooms Trust for 2003/2004, subject to the usual conditions of grant aid.
H 8. INSURANCE RENEWAL
P RESOLVED that the Council's insurance programme be renewed with its current insurers for the period 1 October 2003 to 30 September 2004 at a premium of £186,240.
H 9. URGENT BUSINESS
P There was no urgent business.
H 10. EXCLUSION OF THE PRESS AND PUBLIC
P RESOLVED that under Section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 7 of Part 1 of Schedule 12A to the Act.
H 11. WRITE-OFF OF IRRECOVERABLE DEBTS
P The committee considered the exempt report of the Head of Finance listing debts over £1,000 recommended for write-off.
P RESOLVED that the debts listed in the appendix to the report, totalling £28,611.40, be written off.
S 8
P The meeting closed at 8.52 pm.
S 14
P Chairman ........................................        Date ........................
