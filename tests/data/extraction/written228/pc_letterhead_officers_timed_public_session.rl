@title Tolwick and Sallowby Parish Council Minutes 14 October 2013
@font Helvetica
@fontsize 10
@numcol 14
@footer Tolwick and Sallowby Parish Council  -  Minutes 14.10.13||Page {page}
HC Tolwick and Sallowby Parish Council
G <b>CLERK</b> | <b>CHAIRMAN</b> | <b>ASSISTANT CLERK</b>
G Mrs. P Gosling | Mr. R Tuxford | Miss K Allsop
G Ivy Cottage, Back Lane | The Old Bakehouse, Main Street | 4 Wharf Row
G Tolwick TL6 2QR | Sallowby TL6 2PA | Tolwick TL6 2QT
G Tel 01632 960114 | Tel 07700 900381 | Tel 01632 960275
G E-mail clerk@tolwicksallowbypc.org.uk |  | 
S 8
C <b>Minutes of Parish Council meeting held on Monday 14th Oct 2013 at 7.15 p.m. in the Methodist Schoolroom, Chapel Street, Sallowby</b>
G <b>Councillors Present</b> | R Tuxford, M Bramley, J Cotton, S Hibbert, L Ingamells, P Marriott, W Scrimshaw.
G <b>Also Present</b> | P Gosling (Clerk), K Allsop (Assistant Clerk), D Peet &amp; H Wragg (Borough Councillors), A Kirkland (County Councillor)
G <b>Members of the public</b> | 9
S 6
R 7.15 | <b>Public Session (including presentation on Sallowby Orchard Project)</b>
P Ruth Pindar of the Sallowby Orchard Group gave a short presentation on the plan to plant a community orchard of 24 local apple and pear varieties on the spare ground beside the allotments. The group has volunteers and a promise of trees from a county nursery, but needs help with fencing and a water supply. Mrs Pindar asked the Council for a contribution of £250.
P Mr. Colin Bramhall raised the flooding at Tolwick Bridge, which had reached the doorstep of the end cottage twice in September. He asked why the grid by the bridge was never cleared. The Chairman said it was on the agenda at item 9.
P Mrs. Joan Cragg asked whether the bench outside the post office could be replaced, as it is now unsafe. The Clerk will look into the cost.
R 7.48 | <b>Parish Council meeting formally opened</b>
R 1. | <b>Apologies for absence</b> - Cllr N Hourd (holiday). Apologies accepted.
R 2. | <b>Declarations of interest</b> - Cllr Hibbert declared an interest in item 6(b) as a neighbour of the site.
R 3. | <b>Minutes of meeting held on 9th Sept 2013</b> - Approved and signed as a true record. Proposed Cllr Cotton, seconded Cllr Marriott.
R 4. | <b>Matters arising</b> - (a) Bus shelter, Main Street: the glass panel has been replaced under the insurance claim. (b) Dog bin at Chapel Street: Borough Council confirmed it will be emptied weekly from November. (c) Speed signs: awaiting dates from the County Council for the temporary sign.
R 5. | <b>Borough and County Councillors' reports</b> - Cllr Peet reported that the Borough Council's draft local plan will go out to consultation in January and that Sallowby is not shown as a site for major housing. Cllr Kirkland reported that gritting routes are unchanged and that the County Council is reviewing support for rural buses.
R 6. | <b>Planning</b>
R  | <b>(a) 13/00612/FUL - 3 Mill Close, Tolwick - single storey rear extension.</b> No objections.
R  | <b>(b) 13/00655/OUT - Land north of Hall Farm, Sallowby - outline application for 9 dwellings.</b> Cllr Hibbert left the room. Cllr Scrimshaw said the access onto Hall Lane was too narrow and the site lies outside the village envelope. Council resolved to object on the grounds of access and location. Cllr Hibbert returned.
R 7. | <b>Finance</b> - The Clerk presented the accounts to 30th September, showing a balance of £8,214.66. The following payments were approved: P Gosling, salary and expenses £398.20; Tolwick Village Hall, hire £36.00; Greenways Grounds Ltd, grass cutting £420.00. Proposed Cllr Bramley, seconded Cllr Ingamells.
R 8. | <b>Sallowby Orchard Project</b> - Following the presentation, Cllr Marriott proposed a grant of £250 from the community fund, seconded by Cllr Cotton. Council resolved to award £250 to the Sallowby Orchard Group (6 for, 1 abstention). Cllr Ingamells offered to help with the fencing.
R 9. | <b>Flooding at Tolwick Bridge</b> - Members discussed the problems raised in the public session. Cllr Cotton explained that the grid drains into a culvert which belongs to the farm. Agreed that the Clerk write to the landowner and to the drainage authority asking for the culvert to be cleared before the winter.
R 10. | <b>Correspondence</b> - Rural Community Council newsletter; Borough Council, revised bin collection calendar; letter of thanks from Tolwick Playgroup. All noted.
R 11. | <b>Date of next meeting</b> - Monday 11th November 2013 at 7.15 p.m., Tolwick Village Hall.
P Meeting closed 9.05 p.m.
