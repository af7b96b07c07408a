@title Planning Committee 18 November 1999
@font Times-Roman
@fontsize 11
@footer Planning Committee - 18 November 1999 || {page}
HC OUSEHOLME COUNCIL
S 2
HC PLANNING COMMITTEE
S 2
HC 18 NOVEMBER 1999
S 10
P <b>PRESENT:</b> Councillors Featherstone (Chairman), Abbott, Mrs Birkin, Coultas, Dunwell, Esh, Gowland MBE, Harland, Kettlewell, Mrs Ridsdale and Tindall.
P Councillor Pybus attended the meeting for Minute 2216 under Standing Order 35.
P <b>Also in attendance:</b> Press - 2 Public - 41
P The meeting was held at County Hall, Brantholme.
S 6
P <b>2211 DECLARATIONS OF INTEREST AND OF CONTACT WITH APPLICANTS UNDER THE PLANNING CODE OF PRACTICE</b> - Councillor Dunwell declared a non-pecuniary interest in Minute 2216 as a member of Skelby Parish Council, which had commented on the application, and took no part in the consideration or voting thereon. Councillor Esh declared that he had been approached by the applicant in respect of Minute 2215 but had expressed no view.
P <b>2212 MINUTES</b> - Resolved - That the Minutes of the Committee's meeting of 21 October 1999 be confirmed as a correct record and signed.
P <b>2213 PLANNING SUB-COMMITTEES</b> - The Minutes of the following Sub-Committees were received:-
P (i) Eastern Area Planning of 25 October 1999 (ii) Western Area Planning of 1 November 1999.
P <b>2214 LAND SOUTH OF CARR LANE, WESTOFT</b> - The Director of Development and Regeneration submitted a report on an application by Marrick Homes Ltd for the erection of 46 dwellings with associated roads, open space and a balancing pond on land south of Carr Lane, Westoft (application 99/03117/PLF).
P The application had been deferred at the meeting on 21 October 1999 (Minute 2198) for a site visit, which had taken place on 11 November 1999.
P The Director told the meeting that a further nine letters of objection had been received, raising drainage and highway matters already covered in the report, and that the Environment Agency had withdrawn its holding objection.
P Mr T Ashby, an objector, and Mr J Wray, the applicant's agent, addressed the Committee.
P Councillor Harland moved and Councillor Abbott seconded that the application be refused on the grounds that the balancing pond would not prevent the flooding of properties in Carr Lane. On being put to the vote the motion was lost.
P Resolved - That the application be approved subject to the conditions set out in the report and to an additional condition requiring details of the culvert under Carr Lane to be agreed before work starts on site.
P <b>2215 FORMER TILEWORKS, STAITHE ROAD, KIRKBY OUSEBANK</b> - The Director submitted a report on an application by Ousebank Leisure Ltd for the change of use of the former tileworks buildings to a caravan storage depot and the siting of 60 touring caravans (application 99/02840/PLF).
P Mr P Loftus, on behalf of Kirkby Ousebank Parish Council, spoke against the application.
P Resolved - That consideration of the application be deferred to enable the Committee to visit the site.
P <b>2216 PARK FARM, MOOR LANE, SKELBY</b> - The Director submitted a report on an application by Mr and Mrs G Hebblethwaite for the variation of condition 3 of planning permission 97/01182/PLF to allow the farm shop to open on Sundays (application 99/03342/VAR).
P Councillor Pybus, a local member, spoke in support of the application.
P Resolved - That the application be approved subject to the conditions set out in the report, the hours of Sunday opening to be restricted to 10.00 am to 4.00 pm.
P <b>2217 TREE PRESERVATION ORDER No 14/1999, LAND AT GARTH END, BRANTHOLME</b> - The Director submitted a report on two objections to a provisional Tree Preservation Order covering eleven beech and sycamore trees at Garth End, Brantholme.
P Resolved - That the Order be confirmed without modification.
P <b>2218 PLANNING APPEALS</b> - The Director submitted a report on appeals lodged and decided since the last meeting. The Committee noted that the appeal against the refusal of permission for a wind turbine at Low Garth Farm, Esk Ings had been dismissed.
P Resolved - That the report be received.
P <b>2219 UNAUTHORISED STORAGE OF VEHICLES, NORTH END, WESTOFT</b> - The Director submitted a report on the use of land at North End, Westoft for the storage of scrap vehicles without planning permission. Councillor Kettlewell asked that the owner be given until the end of January to clear the land.
P Resolved - (a) That the Council Solicitor be authorised to serve an enforcement notice requiring the use to cease and the vehicles to be removed; and
P (b) That the notice be not served before 31 January 2000 if the land has been cleared by then.
P <b>2220 EXCLUSION OF THE PUBLIC</b> - Resolved - That the public be excluded from the meeting for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 12 of Part 1 of Schedule 12A to the Local Government Act 1972.
P <b>2221 PROPOSED PROSECUTION</b> - The Director and the Council Solicitor submitted a joint report on works carried out without listed building consent at a property in Brantholme.
P Resolved - That the Council Solicitor be authorised to institute proceedings.
