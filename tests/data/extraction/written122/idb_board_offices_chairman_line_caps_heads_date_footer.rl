@title Board minutes 5 February 2007
@font Helvetica
@fontsize 10.5
@footer 5 February 2007||{page}
HC HOLLOWMERE LEVEL INTERNAL DRAINAGE BOARD
S 6
P MINUTES OF THE MEETING of the BOARD held at The Boards Offices, 4 Saltings Road, Hollowmere on Monday 5 February 2007
S 4
H Members of the Board Present
P Chairman: S Penfold
G K Ashby | B Collard | J Lewin
G T Marsh | R Tolhurst | D Whitbread
G G Wickens | A Youngman |
S 4
H In attendance
P M D Harwood - Chief Executive &nbsp;&nbsp; J Pettitt – Finance Assistant &nbsp;&nbsp; D Fenn – Works Supervisor &nbsp;&nbsp; L Carey – Administration Assistant
P P Garrow – Environment Agency
H 1. APOLOGIES
P Apologies were received from E Dunstall, C Oxley and Councillor M Reeve.
H 2. DECLARATIONS OF INTEREST
P R Tolhurst declared a personal interest in item 9 as the owner of land adjoining Fleetmarsh Saltings and said he would take no part in that item.
H 3. ENVIRONMENT AGENCY – FLOOD WARNING AND MAIN RIVER WORKS
P The Chairman introduced Peter Garrow, the Agency's officer for the Hollowmere levels, who had asked to speak on two matters.
P P Garrow said that from April the Agency would send flood warnings for the Saltings frontage by text message as well as by telephone, and asked the Board to pass the sign-up leaflet to occupiers of low-lying farms. He then listed the main river jobs planned for the summer: a new flap on the Cockle Reach outfall, weed cutting below Cressing Bridge and a survey of the sea wall at Saltings Point.
P K Ashby asked whether the Agency would clear the silt at the Cockle Reach outfall before the spring tides. P Garrow said he would find out and let the Chief Executive know.
P B Collard commented that the Saltings Point survey had been promised for three years running. The Chairman thanked Mr Garrow for attending and he left the meeting.
H 4. MINUTES OF THE PREVIOUS MEETING
P It was proposed by K Ashby, seconded by T Marsh and agreed that the minutes of the meeting held on 6 November 2006 be signed by the Chairman as a correct record.
H 5. MATTERS ARISING
P Two matters were reported from the last meeting:
P a) Fleetmarsh Saltings pump – The Chief Executive reported that the replacement impeller had been fitted on 11 January and the pump had run without fault since then.
P b) Board membership – L Carey reported that no nominations had been received for the vacancy in the Cressing ward; the seat will be advertised again in the spring.
H 6. FINANCIAL REPORT
P The Finance Assistant presented the income and expenditure account to 31 December 2006. Expenditure was within budget apart from electricity at the pumping stations, which had risen by 22 per cent. J Lewin asked whether the Board could fix its electricity price for two years; the Chief Executive said quotations would be sought.
P RESOLVED that the financial report be received and that the accounts for payment in the schedule be approved.
H 7. DRAINAGE RATES AND SPECIAL LEVIES 2007/08
P The Chief Executive presented the estimates for 2007/08 and the options for the rate. After discussion it was RESOLVED that the drainage rate for 2007/08 be set at 4.62p in the £ and that the special levies on Medmer District Council and Saltings Borough Council be set at £118,400 and £96,250 respectively.
H 8. WORKS PROGRAMME
P The Works Supervisor reported on the winter programme. Weed cutting and desilting had been completed on the Hollowmere Main Drain and on 9 km of the Fleetmarsh ditches; work on the Greyhound Sewer had been delayed by the wet weather. G Wickens asked that the fallen willow at Marsh Lane be removed before the next high water.
P The report was noted.
H 9. CONSENTS AND PLANNING MATTERS
P R Tolhurst left the room for this item.
P The Chief Executive reported an application for land drainage consent to pipe 40 m of the Saltings Dyke to form an access to new farm buildings. It was agreed to grant consent subject to a 600 mm pipe and a headwall at each end.
P Planning application MDC/06/1377, 14 houses at Wharf Lane, Cressing: the Board's standard comments on surface water had been sent.
H 10. PLANT AND MACHINERY
P The Chief Executive reported that the 1996 tractor had failed its inspection and that three quotations had been received for a replacement. Following discussion T Marsh proposed and D Whitbread seconded that the lowest quotation of £38,900 from Marshside Agri be accepted. This was carried with one abstention.
H 11. HEALTH AND SAFETY
P The Works Supervisor reported that there had been no accidents since the last meeting. All staff had attended chainsaw refresher training in January.
H 12. ANY OTHER BUSINESS
P A Youngman raised the condition of the footpath on the sea wall at Saltings Point, which was used by walkers although it was not a public right of way. The Chief Executive would ask the County Council's rights of way officer for advice.
H 13. DATE OF NEXT MEETING
P Monday 4 June 2007 at 10.00 am at the Boards Offices.
S 16
P The meeting closed at 12.05 pm.
S 20
P Signed ........................................................ Chairman &nbsp;&nbsp;&nbsp; Date ..........................
