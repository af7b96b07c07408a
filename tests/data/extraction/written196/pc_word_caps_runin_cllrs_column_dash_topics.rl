@title Minutes June 2006
@font Times-Roman
@fontsize 11.5
@numcol 10
@footer {page}
HC EAST TAVERCOMBE with PELLOW PARISH COUNCIL
C Minutes of the East Tavercombe with Pellow Parish Council Meeting
C held on Tuesday, 27 June 2006
C in the Reading Room, East Tavercombe.
S 6
H PRESENT
P Cllrs
P Mrs H M Tuckett (Chair)<br/>D Endacott<br/>P Rowsell<br/>Mrs S Quick<br/>A Vosper<br/>R Chudleigh
P Also attending: District Councillor Yeo and Cty Cllr Mrs P Loveday.
P Five members of the public attended.
P PC Nick Harvell attended for the first part of the meeting and gave his report, a copy of which is filed with these minutes.
S 4
R 1. | <b>APOLOGIES:</b> Cllr J Blackmore and Dist. Cllr T Mudge.
R 2. | <b>MINUTES:</b> The Minutes of the meeting of 23 May 2006, having been circulated, were agreed as a true record and the Chair signed them.
R 3. | <b>DECLARATIONS OF INTEREST &amp; RISK ASSESSMENT:</b> Cllr Vosper declared a personal interest in planning application 06/1184/FUL as a near neighbour. The risk assessment was reviewed and found to be up to date.
R 4. | <b>CO-OPTION OF COUNCILLOR</b><br/>One application had been received for the vacancy in the Pellow ward. Mr Colin Rendle spoke briefly about his reasons for wishing to serve and answered questions from councillors. It was proposed by Cllr Rowsell, seconded by Cllr Quick and agreed by all that Mr Rendle be co-opted to the council. He signed the declaration of acceptance of office and joined the meeting.
R 5. | <b>MATTERS ARISING</b><br/>Bus shelter, Fore Street – Cllr Endacott reported that the replacement roof panels had been fitted and the shelter was now watertight. Residents had thanked the council.<br/>Dog bin at Pellow Cross – The clerk had written to the District Council for a second time; no reply had yet been received.<br/>Village sign – Two quotations had been obtained for repainting the sign on the green. It was RESOLVED to accept the quotation of £385 from T &amp; J Joinery, the lower of the two.
R 6. | <b>POLICE REPORT:</b> The report read out by PC Harvell at the start of the meeting was noted. Cllr Chudleigh asked whether speed checks could be carried out on the Pellow road in the evenings, when most of the complaints arise. PC Harvell agreed to pass the request to the traffic unit.
R 7. | <b>PLANNING:</b> The following applications were considered:<br/>06/1184/FUL – Two storey side extension, 3 Orchard Close, East Tavercombe. Support – proposed Cllr Rowsell, seconded Cllr Endacott. Cllr Vosper took no part in the discussion.<br/>06/1206/LBC – Replacement windows, Lower Farmhouse, Pellow. No objection.<br/>Decision received: 06/0951/FUL – Garage, Rose Cottage, Church Lane – Approved.
R 8. | <b>FINANCE:</b> The following payments were approved: Clerk’s salary (June) £142.50; Water rates, Reading Room £38.12; T &amp; J Joinery £385.00 (village sign, on completion). The balance at bank on 20 June was £4,216.33.
R 9. | <b>HIGHWAYS &amp; FOOTPATHS:</b> Cllr Quick reported that the fingerpost at the top of Yonder Lane had been broken off again. Clerk to report it to the County Council. Cllr Endacott said the verges on the Pellow road were due to be cut in the week of 10 July.
R 10. | <b>CORRESPONDENCE:</b> Rural Community Council – newsletter; Citizens Advice – annual report and request for a grant; District Council – consultation on the draft parking strategy. All correspondence was noted.
R 11. | <b>DISTRICT AND COUNTY COUNCILLORS’ REPORTS:</b> District Councillor Yeo reported on the District Council’s review of car park charges, which will be decided in September. Cty Cllr Mrs Loveday said that the county’s consultation on library opening hours closes on 14 July and urged residents to respond.
R 12. | <b>ITEMS FOR NEXT AGENDA:</b> Reading Room heating; Citizens Advice grant request.
R 13. | <b>DATE OF NEXT MEETING:</b> Tuesday, 25 July 2006 at 7.30 pm in the Reading Room.
S 8
P The meeting closed at 9.05 pm.
S 18
P Signed ..................................................... Chair          Date ...............................
