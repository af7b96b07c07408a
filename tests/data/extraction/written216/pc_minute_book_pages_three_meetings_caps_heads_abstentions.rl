@title Polwidden Parish Council Minutes May-June 2010
@font Times-Roman
@fontsize 11
@numcol 9
@header ||{page}
@pageoffset 1667
HC POLWIDDEN PARISH COUNCIL
C www.polwiddenparishcouncil.org.uk
C J.D.Trevail Clerk to the Council Penhale Barn Polwidden Cross PW13 6RT telephone 01632 960288 clerk@polwiddenparishcouncil.org.uk
S 6
P <b>Minutes of the Annual Meeting of Polwidden Parish Council held on Monday, May 17, 2010 at 7:30pm in the Community Hall, Polwidden Cross.</b>
P Present:
G Cllr Mrs J.Roskilly (Chairman) | Cllr T.Bray
G Cllr P.Eddy | Cllr Mrs A.Hendy
G Cllr M.Rowse | Cllr Mrs S.Tonkin
G Cllr G.Penrose | Cllr W.Chegwin
G J.D.Trevail (Clerk) |
P Visitors: Mr and Mrs Uren.
P The retiring Chairman welcomed members and visitors to the Annual Meeting.
R 1 | <b>ELECTION OF CHAIRMAN</b> Cllr Eddy proposed, Cllr Bray seconded, all others in favour that Cllr Mrs Roskilly be elected Chairman of the Council for the ensuing year. Cllr Mrs Roskilly signed the declaration of acceptance of office and thanked members for their support.
R 2 | <b>ELECTION OF VICE-CHAIRMAN</b> Cllr Rowse proposed, Cllr Mrs Hendy seconded, all others in favour that Cllr Eddy be elected Vice-Chairman for the ensuing year. Cllr Eddy signed the declaration of acceptance of office.
R 3 | <b>APOLOGIES FOR ABSENCE</b> CCllr Hocking sent his apologies for absence.
R 4 | <b>DECLARATIONS OF INTEREST</b> in items on the agenda There were no declarations of interest in items on the agenda.
R 5 | <b>CONFIRMATION OF THE MINUTES OF THE LAST MEETING</b> Cllr Rowse proposed, Cllr Mrs Tonkin seconded, (Cllr Penrose, who was absent from the last meeting, abstained) all others in favour that the minutes of the Ordinary Meeting held on Monday, April 12, 2010 are a true record and the Chairman signed them as such.
R 6 | <b>APPOINTMENT OF REPRESENTATIVES</b> The following were appointed for the year: • Community Hall Management Committee – Cllr Mrs Hendy • Cemetery – Cllr Eddy and Cllr Chegwin • Footpaths and Open Spaces – Cllr Bray • Police Liaison – Cllr Rowse. All agreed.
R 7 | <b>ANNUAL RETURN 2009/10</b> The Clerk presented the accounts for the year ended March 31, 2010 and the internal auditor’s report. Cllr Bray proposed, Cllr Chegwin seconded, all in favour that the Annual Return be approved and that the Chairman and the Clerk sign it.
R 8 | <b>PLANNING</b> PA10/00871 Mr and Mrs Uren, Trevenna, Polwidden Cross – Two storey extension. Mr Uren explained the application and answered questions. Cllr Penrose proposed, Cllr Mrs Tonkin seconded, all in favour that the Council supports the application.
R 9 | <b>CORRESPONDENCE</b> The correspondence list had been circulated to members. The letter from the hedge-laying group about the hedge at Chapel Hill was passed to Cllr Bray.
R 10 | <b>DATE OF NEXT MEETING</b> Monday, June 14, 2010 at 7:30pm in the Community Hall.
P The Chairman closed the meeting at 9:05pm.
PB
HC POLWIDDEN PARISH COUNCIL
C www.polwiddenparishcouncil.org.uk
C J.D.Trevail Clerk to the Council Penhale Barn Polwidden Cross PW13 6RT telephone 01632 960288 clerk@polwiddenparishcouncil.org.uk
S 6
P <b>Minutes of the Ordinary Meeting of Polwidden Parish Council held on Monday, June 14, 2010 at 7:30pm in the Community Hall, Polwidden Cross.</b>
P Present:
G Cllr Mrs J.Roskilly (Chairman) | Cllr T.Bray
G Cllr P.Eddy | Cllr Mrs A.Hendy
G Cllr M.Rowse | Cllr W.Chegwin
G Cllr G.Penrose | J.D.Trevail (Clerk)
P Visitors: CCllr D.Hocking and two members of the public.
P The Chairman welcomed members and visitors to the June meeting.
R 1 | <b>APOLOGIES FOR ABSENCE</b> Cllr Mrs Tonkin sent her apologies for absence.
R 2 | <b>DECLARATIONS OF INTEREST</b> in items on the agenda Cllr Chegwin declared a prejudicial interest in item 8 as an owner of a grave plot adjoining the proposed extension, and left the room for that item.
R 3 | <b>CONFIRMATION OF THE MINUTES OF THE ANNUAL MEETING</b> Cllr Bray proposed, Cllr Rowse seconded, all in favour that the minutes of the Annual Meeting held on Monday, May 17, 2010 are a true record and the Chairman signed them as such.
R 4 | <b>MATTERS ARISING AND NOT COVERED ELSEWHERE IN THIS AGENDA</b> Cllr Penrose asked why the bench at Chapel Hill had not yet been replaced, as agreed in March. The Clerk explained that the supplier had gone out of business and that a second quotation had been sought. It was agreed that the Clerk should order the bench from the second supplier if the price was within the sum agreed.
R 5 | <b>COUNCILLOR’S COMMENTS</b> CCllr Hocking reported that • the unitary council would consult town and parish councils in the autumn on a single planning document for the whole county • the review of school transport would not affect the Polwidden route this year • he had asked for the 30mph limit at Polwidden Cross to be reviewed. Cllr Rowse thanked him for his help with the drainage at Lower Town.
R 6 | <b>PLANNING</b> a) PA10/01124 Mr R.Angove, Higher Trewince – Agricultural building. Cllr Eddy proposed, Cllr Bray seconded, all in favour that the Council has no objection. b) PA10/01190 Polwidden Garage – Illuminated sign. The Council objects to the illumination as out of keeping with the village. Cllr Mrs Hendy proposed, Cllr Penrose seconded, (Cllr Rowse abstained) all others in favour.
R 7 | <b>ACCOUNTS FOR PAYMENT</b> Cllr Bray proposed, Cllr Eddy seconded, all in favour that the following accounts be paid: J.D.Trevail salary £265.00; J.D.Trevail expenses £31.60; Community Hall rent £20.00; S.Penna grass cutting (cemetery, May) £180.00.
R 8 | <b>CEMETERY EXTENSION</b> Cllr Eddy reported on the meeting with the landowner of the field adjoining the cemetery, who would sell half an acre at the District Valuer’s figure. Cllr Mrs Hendy felt the Council should first consult the parish. After discussion Cllr Eddy proposed that the Council proceeds to obtain a valuation; this was seconded by Cllr Bray. On a vote, 5 in favour and 1 against, the motion was carried.
R 9 | <b>HIGHWAYS</b> The Clerk reported that the blocked gully at Lower Town had been cleared. Members asked that the overgrown verge at the Chapel Hill junction be reported.
R 10 | <b>CORRESPONDENCE</b> The correspondence list had been circulated. The invitation to the Community Network meeting on July 7 was noted.
R 11 | <b>DATE OF NEXT MEETING</b> An Extraordinary Meeting will be held on Monday, June 28, 2010 at 7:00pm to respond to the Conservation Area consultation. The next Ordinary Meeting will be held on Monday, July 12, 2010.
P The Chairman closed the meeting at 9:40pm.
PB
HC POLWIDDEN PARISH COUNCIL
C www.polwiddenparishcouncil.org.uk
C J.D.Trevail Clerk to the Council Penhale Barn Polwidden Cross PW13 6RT telephone 01632 960288 clerk@polwiddenparishcouncil.org.uk
S 6
P <b>Minutes of the Extraordinary Meeting of Polwidden Parish Council held on Monday, June 28, 2010 at 7:00pm in the Community Hall, Polwidden Cross.</b>
P Present:
G Cllr Mrs J.Roskilly (Chairman) | Cllr T.Bray
G Cllr P.Eddy | Cllr Mrs A.Hendy
G Cllr Mrs S.Tonkin | Cllr W.Chegwin
G J.D.Trevail (Clerk) |
P Visitors: Miss K.Jago (Conservation Officer) and eleven members of the public.
R 1 | <b>APOLOGIES FOR ABSENCE</b> Cllr Rowse and Cllr Penrose sent their apologies for absence.
R 2 | <b>DECLARATIONS OF INTEREST</b> in items on the agenda There were no declarations of interest.
R 3 | <b>POLWIDDEN CHURCHTOWN CONSERVATION AREA APPRAISAL</b> Miss Jago presented the draft appraisal and the proposed new boundary, which would take in the mill leat and the terrace at Chapel Hill. Several members of the public asked about the effect on replacement windows; Miss Jago explained that an Article 4 direction was not proposed at this stage. Cllr Tonkin said that the boundary should also include the old school. Cllr Bray proposed, Cllr Mrs Tonkin seconded, all in favour that the Council supports the appraisal and asks that the old school be brought within the boundary.
P The Chairman thanked Miss Jago and closed the meeting at 8:15pm.
