@title Community Council Minutes 04.11.2003
@font Times-Roman
@fontsize 11
@header THE REPORTS AND RESOLUTIONS OF THE PANTYRHEDYN AND LLWYNBEDW COMMUNITY COUNCIL MONTHLY MEETING HELD ON TUESDAY 4th NOVEMBER 2003 || {page}
@pageoffset 60
HC PANTYRHEDYN AND LLWYNBEDW COMMUNITY COUNCIL
HC CYNGOR CYMUNED PANTYRHEDYN A LLWYNBEDW
S 4
C THE MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE PANTYRHEDYN AND LLWYNBEDW COMMUNITY COUNCIL HELD AT THE WELFARE INSTITUTE ON TUESDAY 4th NOVEMBER 2003.
S 4
P <b>PRESENT</b> Councillor E. W. Pritchard, Chairman (in the Chair), Councillors M. Bellis, H. A. Davies, Mrs S. J. Ellis, G. Lloyd-Hughes, T. Parry, Mrs A. Roberts and K. Vaughan.
P Also in attendance: Gwenda Hughes (Clerk to the Council), County Councillor Mrs Nerys Wynne-Jones and four members of the public.
H APOLOGIES FOR ABSENCE
P Received from Councillor D. Bebb (Vice-Chairman), Councillor P. Humphreys and Councillor Mrs L. Owen.
H DECLARATION OF INTEREST – MEMBERS CODE OF CONDUCT
P Councillor T. Parry declared a personal and prejudicial interest in minute 149 (Planning) as the applicant is his neighbour, and left the room while that item was discussed.
H 141. SERGEANT ALUN MEREDITH, RURAL POLICING TEAM
P Councillor E. W. Pritchard, Chairman, welcomed Sergeant Alun Meredith to the meeting. Sergeant Meredith explained that he had taken over the rural sector from the beginning of October and that the two villages would now be covered by PC Dilys Price, who would try to attend every other meeting.
P He reported that there had been three thefts from outbuildings on the Pantyrhedyn side since the last meeting, one of them from a farm where a quad bike had been taken, and he asked residents to mark their tools and lock sheds. There had been complaints of youths gathering by the chapel steps on Friday nights, and officers would patrol there when they could.
P Councillor Mrs A. Roberts asked whether anything could be done about vans using Lôn Goed as a short cut to the quarry. Sergeant Meredith replied that it was not an offence while the weight limit was not signed, and that this was a matter for the County Council. Councillor K. Vaughan referred to speeding through Llwynbedw at school times and asked for a speed check. Sergeant Meredith said he would ask the traffic unit to set up a check before Christmas.
P The Chairman thanked Sergeant Meredith for attending.
H 142. MINUTES
P Copies of the minutes of the October meeting (Tuesday 7th October 2003) had been sent to every member. Councillor H. A. Davies proposed, and Councillor G. Lloyd-Hughes seconded, that they be signed as a correct record. All Councillors agreed.
H 143. MATTERS ARISING
P <b>(a) Bus shelter, Ffordd yr Eglwys</b> – The Clerk reported that the County Council had agreed to replace the broken glass panel but could give no date. Councillor M. Bellis said that he would raise it again at the area liaison meeting.
P <b>(b) Footpath No. 12, Cae Gwyn</b> – Councillor Mrs S. J. Ellis reported that the stile had now been repaired by the landowner and that the path was clear.
H 144. MR DERFEL OWEN, AREA HIGHWAYS INSPECTOR, COUNTY COUNCIL
P Councillor E. W. Pritchard welcomed Mr Derfel Owen, who had been appointed Area Highways Inspector for the seven communities south of the river in September. Mr Owen said he was visiting each council in his area in turn so that members could put problems to him directly.
P Members raised the flooding at the bottom of Allt y Felin, which had closed the road twice in October. Mr Owen advised that the gulley had been jetted but that the pipe under the road had collapsed, and that a repair had been put on the winter programme. Councillor M. Bellis asked whether the 30 mph signs on the Llwynbedw road could be moved back beyond the bend. Mr Owen promised to measure the sight line and write to the Clerk.
P The Chairman thanked Mr Owen for his attendance and he left the meeting.
H 145. POLICE LIAISON
P PCSO 2291 Gareth Bowen sent his apologies for the evening and e-mailed a short report, read to the meeting by the Clerk: one report of criminal damage to a parked car on Stryt Newydd, one theft of diesel from a tractor, and two calls about nuisance motorcycles on the common. The report was noted.
H 146. PUBLIC PARTICIPATION
P Mr Huw Jarvis of Maes y Wennol asked why the grass on the play area had not been cut since August. The Chairman replied that the contractor had been ill and that the Clerk had arranged for the last cut of the year to be done the following week.
P Mrs Beryl Tudor asked whether the Council would support a Christmas carol evening around the tree on the square. Councillor G. Lloyd-Hughes said that the lights committee would welcome this and would be in touch with her.
H 147. COUNTY COUNCILLOR’S REPORT
P County Councillor Mrs Nerys Wynne-Jones reported that the consultation on the closure of the mobile library stop at Pantyrhedyn would end on 28th November, and urged members and residents to respond. In reply to Councillor H. A. Davies, she confirmed that the school transport contract had been renewed for two years.
H 148. PLAYING FIELD LEASE
P The Clerk reported that the solicitor had not yet replied on the renewal terms. Deferred to the December meeting pending the solicitor’s reply.
H 149. PLANNING
P Application 03/0877 – Two storey extension to side, Bryn Awel, Ffordd yr Eglwys. Councillor T. Parry had left the room.
P RESOLVED – That the Community Council raises no objection to the application, subject to the neighbour’s light being protected.
H 150. FINANCE – ACCOUNTS FOR PAYMENT
G Clerk’s salary and expenses (October) | £212.40
G Welfare Institute – hire of room | £15.00
G Gwasg y Dyffryn – printing of newsletter | £86.25
P Payment of the accounts was moved by Councillor Mrs S. J. Ellis and seconded by Councillor T. Parry. Agreed unanimously.
H 151. CHRISTMAS LIGHTS
P Councillor G. Lloyd-Hughes reported that the lights had been tested and that two strings on the square needed replacing at a cost of about £180. Councillor K. Vaughan felt that the money would be better spent on the new bulbs for the chapel end. After discussion it was proposed by Councillor G. Lloyd-Hughes and seconded by Councillor Mrs A. Roberts that the two strings be replaced. On being put to the vote, 6 in favour and 2 against. Carried.
H 152. MEMBERS’ QUESTIONS TO THE CHAIRMAN
P Councillor K. Vaughan asked the Chairman whether the Council had received a reply from the Post Office about the opening hours at Llwynbedw. The Chairman replied that a letter had come that morning saying that the hours would not be cut before April, and that it would be on the next agenda.
H 153. DATE OF NEXT MEETING
P Tuesday 2nd December 2003 at 7.00 p.m. in the Welfare Institute.
S 10
P There being no further business the meeting closed at 9.05 p.m.
S 14
P Signed ......................................................... Chairman        Date ..........................
