@title Wyndle Local Committee minutes 11 March 2010
@font Times-Roman
@fontsize 11
@header Wyndle Local Committee||11 March 2010
@footer Page {page}
@numcol 20
HC CALDERSHIRE COUNTY COUNCIL. WYNDLE LOCAL COMMITTEE
C MINUTES of the meeting held on Thursday 11 March 2010 at 7.00pm in the Village Hall, Wyndle Ash
S 6
G <b>County Councillors present:</b> | Mrs Anne Quarmby (Chairman), Mr Peter Lidstone (Vice-Chairman), Mr Graham Ostler, Mrs Hilary Venn, Mr Rashid Chaudhry
G <b>Borough Members present (non-voting):</b> | Cllr Sue Trevelyan, Cllr Mark Dorrell
G <b>Officers in attendance:</b> | Ms Karen Whitlow (Local Committee Officer), Mr Alan Brook (Area Highways Manager), Mrs Julie Ames (Community Partnerships Officer)
G <b>Apologies:</b> | Mr Ivan Petrie (County), Cllr Dilys Rowntree (Borough)
S 4
P About 30 members of the public were present.
R 1/10 | <b>APOLOGIES FOR ABSENCE [Item 1]</b><br/>Apologies were received from Mr Petrie and Cllr Rowntree.
R 2/10 | <b>MINUTES OF THE PREVIOUS MEETING: 10 DECEMBER 2009 [Item 2]</b><br/>The minutes were confirmed as a correct record and signed by the Chairman.
R 3/10 | <b>DECLARATIONS OF INTEREST [Item 3]</b><br/>Mr Ostler declared a personal interest in item 9 as a governor of Wyndle Ash Primary School, which had applied for an allocation, and said he would not vote on that grant.
R 4/10 | <b>PETITIONS [Item 4]</b><br/>A petition of 214 signatures asking for a pedestrian crossing on Station Road, Wyndle Ash, near the surgery was presented by Mrs Karen Oldroyd, who told the Committee that older patients had to cross between parked cars on a bend. The Area Highways Manager said that a crossing would need a full assessment of pedestrian and traffic counts, which could be done in the summer term. The Committee agreed that the request be added to the list of schemes for assessment in 2010/11 and that the lead petitioner be told the result.
R 5/10 | <b>WRITTEN PUBLIC QUESTIONS [Item 5]</b><br/>Four written questions had been received. The questions and the answers given are set out in Annex A to these minutes. Supplementary questions were asked as follows:
P (a) Mr Vernon Haigh asked why the answer to his question gave no date for the repair of the Mill Bridge railings. Mr Lidstone replied that the bridge team were waiting for a road closure slot and that he would write to Mr Haigh once a date was fixed.
P (b) Mrs Rita Nkemelu asked whether the 30mph limit on Sallow Road could be extended past the new houses. The Area Highways Manager agreed to include the road in the speed limit review reported at item 7.
R 6/10 | <b>MEMBERS' QUESTIONS [Item 6]</b><br/>Mr Chaudhry asked how many of the gullies listed for cleaning in the autumn had been cleared. The Chairman said that the figures would be circulated to Members with the next highways update.
R 7/10 | <b>HIGHWAYS SCHEMES 2010/11 [Item 7]</b><br/>The Area Highways Manager presented the report and the proposed programme of local schemes. Mrs Venn moved an amendment that the Wyndle Ash footway be brought forward from reserve to the main programme in place of the Holt Lane resurfacing, seconded by Mr Ostler. Mrs Venn requested a recorded vote on the amendment.
G For the amendment: | Mrs Venn, Mr Ostler
G Against: | Mrs Quarmby, Mr Lidstone, Mr Chaudhry
P The amendment was therefore lost. Borough Members did not vote.
P RESOLVED that the programme of local highway schemes for 2010/11 set out in Annex B of the report be agreed.
R 8/10 | <b>ON-STREET PARKING REVIEW, HARROWFIELD ROAD [Item 8]</b><br/>The Area Highways Manager introduced the proposals for waiting restrictions near the station. Cllr Dorrell said that the borough's own survey showed most of the long-stay parking came from rail users and asked that the restrictions apply on weekdays only.
P RESOLVED that the proposals in Annex C, amended to apply Monday to Friday only, be advertised and that any objections be reported to the next meeting.
R 9/10 | <b>LOCAL COMMITTEE ALLOCATIONS [Item 9]</b><br/>The Community Partnerships Officer presented the bids received. Mr Ostler did not vote on the school's bid.
P RESOLVED that the following allocations be approved: Wyndle Ash Primary School PTA, outdoor classroom canopy, £1,500; Stelby Fen Village Hall, replacement chairs, £850; Wyndle Youth Football Club, goals, £600.
R 10/10 | <b>FORWARD PROGRAMME [Item 10]</b><br/>Noted.
R 11/10 | <b>DATE OF NEXT MEETING</b><br/>Thursday 10 June 2010 at 7.00pm in Hoxworth Village Hall.
P Meeting ended at: 9.20pm
S 20
P ………………………………… Chairman
PB
H ANNEX A – WRITTEN PUBLIC QUESTIONS AND ANSWERS
T <b>Question from</b> | <b>Question</b> | <b>Answer</b>
T Mr Vernon Haigh | When will the damaged railings on Mill Bridge be repaired? | The repair is programmed for 2010/11 and needs a road closure, which is being arranged with the bus operator.
T Mrs Rita Nkemelu | Will the Committee consider a lower speed limit on Sallow Road now that the new houses are occupied? | Sallow Road will be looked at in the speed limit review reported to this meeting.
T Mr Dennis Parkway | Why has the grit bin at Church Hill not been refilled? | The bin was refilled on 15 February 2010.
T Mrs Olive Trent | Can the bus stop on the Green have a shelter? | The stop does not meet the usage threshold for a county shelter; the parish council may apply for a small grant.
