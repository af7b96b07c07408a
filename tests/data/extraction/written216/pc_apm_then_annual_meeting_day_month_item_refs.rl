@title Minutes 14 May 2019
@font Helvetica
@fontsize 10.5
@numcol 20
@footer Iwerley Parva Parish Council – Minutes 14th May 2019||Page {page}
HC IWERLEY PARVA PARISH COUNCIL
C Minutes of the Annual Parish Meeting and the Annual Meeting of the Parish Council held on Tuesday 14th May 2019 at 7.00pm in the Village Hall, Iwerley Parva
S 4
P <b>In Attendance:</b> Cllrs. D Hallett (Chairman), P Ensor, R Ensor, K Frampton, J Coombs, L Mabey (Clerk) and Cllr. Ruth Dibben (Unitary Council) and two residents.
S 4
H Annual Parish Meeting
P Notice had been given of the Annual Parish Meeting and the clubs and societies of the parish had been invited to send a report; none had done so and no-one from them was present.
H Chairman’s Report
P Cllr. Hallett gave a short account of the year: the new bench on the Green, the clearance of the pond by volunteers in October, and the continued pressure on the lanes from delivery traffic. Copies of the accounts for 2018/19 were available on the table.
H Questions from electors
P A resident asked whether the Parish Council would support a speed watch group. Cllr. Coombs said that she would be willing to co-ordinate one if enough volunteers came forward. The second resident thanked the Council for the Christmas lights.
P The Annual Parish Meeting closed at 7.15pm.
S 6
H Public Questions
P There were no Public Questions.
R 14/05/01 | To elect a Chairman of the Parish Council for the year 2019/2020 Cllr. Hallett stepped down as the Chairman. Cllr. Frampton then nominated Cllr. Hallett to be the Chairman for 2019/20. Cllr. Hallett confirmed he was happy to act and Cllr. Coombs seconded this nomination. There being no other nominations Cllr. Hallett was duly elected as the Chairman of the Parish Council for the year 2019/20.
R 14/05/02 | To elect a Vice Chairman of the Parish Council for the year 2019/2020 Cllr. Hallett nominated Cllr. R Ensor to be the Vice Chairman of the Parish Council for the year 2019/20. Cllr. P Ensor seconded this nomination. There being no other nominations Cllr. R Ensor was duly elected as Vice Chairman for the year 2019/20.
R 14/05/03 | To receive declarations of acceptance of office – The Clerk confirmed she had the Chairman’s and Vice Chairman’s declarations, signed at the meeting, and would send copies to the Monitoring Officer.
R 14/05/04 | To confirm Councillors responsibilities for 2019/20 – The following responsibilities were agreed: • Village Hall and Green – Cllr. Hallett • Planning/Footpaths – Cllr. R Ensor • Highways – Cllr. P Ensor • Assets – bus shelter/grit bins/noticeboard – Cllrs. Frampton &amp; Coombs • Speed watch – Cllr. Coombs
R 14/05/05 | Apologies for absence – There were apologies for absence from Cllr. Stickland (working away).
R 14/05/06 | Declarations of Interest – There were no declarations of interest.
R 14/05/07 | Approval of Minutes held on 19th March 2019 – The minutes were proposed by Cllr. Coombs and seconded by Cllr. Frampton, approved by all present and signed by the Chairman.
R 14/05/08 | Matters Arising – a) The replacement dog bin at Church Lane has been installed. b) Cllr. R Ensor reported that the footpath diversion order for Path 9 was now confirmed and the new stile would be fitted by the landowner.
R 14/05/09 | Unitary Councillor’s Report – Cllr. Dibben reported that the Unitary Council had agreed its budget, that the household recycling centre would keep its winter hours until June, and that she had asked for the Iwerley Parva road sign to be replaced.
R 14/05/10 | Planning – a) 2019/0412/HOU Orchard View, Back Lane – rear extension. It was resolved to support this application. b) 2019/0477/TPO The Old School – fell one ash. No comments.
R 14/05/11 | Highways – Cllr. P Ensor reported new potholes at Sherrin’s Corner and on the hill to Lower Iwerley; the Clerk would report them on the Unitary Council website.
R 14/05/12 | Finance – a) Annual Governance Statement 2018/19: the Council considered the statement and it was resolved that it be approved and signed. b) Accounting Statements 2018/19: it was resolved that the statements be approved and signed. c) The following payments were resolved: L Mabey, salary April–May £248.00; Village Hall, room hire £15.00; County Association of Local Councils, subscription £96.40.
R 14/05/13 | To review the Council’s insurance – The renewal quotation of £312.16 was considered and it was agreed to renew with the existing insurer for one year.
R 14/05/14 | To review Standing Orders and Financial Regulations – The model documents had only just been received. The review was deferred to the July meeting.
R 14/05/15 | Correspondence – The list of correspondence was noted.
R 14/05/16 | Date of next meeting – Tuesday 16th July 2019 at 7.30pm in the Village Hall.
S 8
P There being no further business the meeting closed at 8.40pm.
S 16
P Signed …………………………………… Chairman                Date ……………………
