@title Throxley Parish Council Minutes 9 March 2021
@font Helvetica
@fontsize 10
@footer Throxley Parish Council – Minutes 9th March 2021||Page {page}
HC THROXLEY PARISH COUNCIL
C www.throxleypc.org.uk
S 4
P Minutes of a Parish Council meeting held on Tuesday 9th March 2021, via Zoom (https://zoom.us/join) because of the Coronavirus restrictions*. The meeting started at 7.30pm. Zoom Meeting ID – 846 2210 7719 – residents without internet access could join by telephone on the numbers given on the agenda, entering the meeting ID.
I *Held under The Local Authorities and Police and Crime Panels (Coronavirus) (Flexibility of Local Authority and Police and Crime Panel Meetings) (England and Wales) Regulations 2020.
P Present: Cllr Okafor (Chair), Cllr Brindley, Cllr Hassall, Cllr Mountford, Cllr Pyatt, Cllr Salt, Borough Cllr Lightfoot, County Cllr Deakin, two members of the public and the clerk.
P <b>21.03.001 APOLOGIES AND APPROVAL OF ABSENCES</b> – Cllr Fenton (family commitment). RESOLVED to approve the absence.
P <b>21.03.002 TO RECEIVE DECLARATIONS OF INTERESTS AND TO CONSIDER REQUESTS FOR DISPENSATIONS</b> – Cllr Salt declared a non-pecuniary interest in item 21.03.019 as an allotment plot holder. No requests for dispensations were received.
P <b>21.03.003 TO RESOLVE THAT THE MINUTES OF THE PARISH COUNCIL MEETING HELD ON 12th January 2021 ARE A CORRECT RECORD.</b> - RESOLVED
P <b>21.03.004 PUBLIC PARTICIPATION</b> – A resident of Mill Bank asked when the damaged verge outside the school would be reinstated; the clerk will chase the County. A second resident thanked councillors for arranging the extra gritting of Church Lane in January.
P <b>21.03.005 TO RECEIVE AN UPDATE ABOUT PROGRESS OF RESOLUTIONS FROM PREVIOUS MEETINGS:</b> The clerk circulated the action list before the meeting and the following were discussed.
P VILLAGE HALL CAR PARK – RESURFACING - Cllr Mountford: Two quotations have been received and a third is awaited. To be decided at the May meeting.
P DEFIBRILLATOR – REPLACEMENT PADS - Cllr Pyatt: New pads were fitted on 2nd March and the cabinet heater is working. Cllr Pyatt will continue the monthly checks.
P WAR MEMORIAL – CLEANING: A specialist contractor is booked for late April, before the cricket season starts.
P <b>21.03.006 CLERK'S REPORT</b> – The clerk reported that the annual return forms for 2020/21 have arrived, that the Council's insurance renews on 1st June and that the village hall remains closed until at least 17th May.
P <b>21.03.007 TO RECEIVE A REPORT FROM THE BOROUGH COUNCILLOR</b> – Borough Cllr Lightfoot reported that the Borough has set its budget with no increase in its share of the council tax, and that the green waste service restarts on 1st April.
P <b>21.03.008 TO RECEIVE A REPORT FROM THE COUNTY COUNCILLOR</b> – County Cllr Deakin said the County's pothole programme for the spring includes Marsh Lane, and that the consultation on the bus network closes on 31st March.
P <b>21.03.009 PLANNING APPLICATIONS – TO CONSIDER</b>
P 21/00118/FUL – Hollybank, Marsh Lane – two storey side extension – No objection.
P 21/00131/HOU – 3 Fold Cottages, Heath Road – garden room – No objection.
P 21/00140/FUL – Land at Throxley Heath Farm – two holiday lodges – The Council OBJECTS on the grounds of the access onto the B road and the loss of roadside hedgerow. RESOLVED by 5 votes to 1.
P <b>21.03.010 PLANNING DECISIONS – TO NOTE</b> – 20/00987/HOU, 14 Meadow View – Approved. 20/01012/FUL, The Old Dairy – Refused. Noted.
P <b>21.03.011 HIGHWAYS</b> – Potholes on Marsh Lane and at the Heath crossroads have been logged with the County. Cllr Brindley reported that the 30mph repeater sign on Church Lane is missing; the clerk will report it.
P <b>21.03.012 FOOTPATHS</b> – Cllr Hassall has walked footpaths 7 and 8 and found the stile on footpath 8 broken. The clerk will report it to the rights of way team.
P <b>21.03.013 PLAY AREA – ANNUAL INSPECTION REPORT</b> – The report identified two medium risks: worn chains on the cradle swing and a split in the safety surfacing under the slide. RESOLVED to accept the quotation of £385.00 from the inspection company to replace the chains and repair the surfacing.
P <b>21.03.014 GRASS CUTTING CONTRACT 2021/22</b> – Three quotations were considered. RESOLVED to accept the quotation from Heathside Grounds Care of £2,340.00 for the season (12 cuts).
P <b>21.03.015 FINANCE – TO APPROVE PAYMENTS</b> – The following payments were RESOLVED: Clerk's salary January to March £912.00; Zoom subscription £14.39; Heathside Grounds Care, winter hedge cut £180.00; Throxley Village Hall, storage £30.00.
P <b>21.03.016 BANK RECONCILIATION – TO NOTE</b> – The bank reconciliation to 28th February 2021 was checked against the statements and signed by Cllr Pyatt. Noted.
P <b>21.03.017 BUDGET MONITORING – TO NOTE</b> – Spending to the end of February is within budget except for the winter maintenance line, which is £96.00 over. Noted.
P <b>21.03.018 INTERNAL AUDITOR – TO APPOINT FOR 2020/21</b> – RESOLVED to appoint Mrs P Ashworth as internal auditor at a fee of £150.00.
P <b>21.03.019 ALLOTMENTS – RENT REVIEW</b> – Cllr Salt, having declared an interest, took no part in this item. RESOLVED to keep plot rents at £25.00 per full plot for 2021/22.
P <b>21.03.020 STANDING ORDERS – REVIEW</b> – Deferred to the May meeting so that the updated national model can be compared with the current version.
P <b>21.03.021 COMMUNITY SPEEDWATCH</b> – Cllr Mountford reported that the group is ready to restart when restrictions allow and that four new volunteers have completed the online training.
P <b>21.03.022 HEDGEROW PLANTING AT THE RECREATION GROUND</b> – Cllr Hassall reported that 200 whips were planted by volunteers on 27th February. Councillors thanked everyone who took part.
P <b>21.03.023 NEWSLETTER – SPRING EDITION</b> – RESOLVED that the spring newsletter be delivered in the week beginning 29th March, with articles to reach the clerk by 19th March.
P <b>21.03.024 CORRESPONDENCE</b> – Borough Council: litter pick kits are available to borrow. Throxley Cricket Club: request to site a storage container by the pavilion – to be placed on the May agenda.
P <b>21.03.025 ANNUAL PARISH MEETING 2021</b> – It was agreed that the Annual Parish Meeting be held via Zoom on Tuesday 27th April 2021 at 7.00pm if restrictions remain in place.
P <b>21.03.026 DATE OF NEXT MEETING</b> – Annual Meeting of the Council, Tuesday 11th May 2021 at 7.30pm (venue or Zoom to be confirmed).
S 6
P The meeting closed at 9.12pm.
S 12
P Signed ……………………………………… Chair          Date ………………………
