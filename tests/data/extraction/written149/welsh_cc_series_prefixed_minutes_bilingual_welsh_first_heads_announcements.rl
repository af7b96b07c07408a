@title Trefynach Community Council Minutes 22 June 2022
@font Helvetica
@fontsize 10
@numcol 22
@header Trefynach Community Council – Council Meeting 22 June 2022||Page {page}
@header_first ||Page {page}
@pageoffset 40
@footer Chairman’s initials ………………
HC Cyngor Cymuned Trefynach
HC Trefynach Community Council
S 6
P <b>Minutes of the Meeting of Trefynach Community Council held on Wednesday 22 June 2022 at the Community Hall, Heol yr Eglwys</b>
P <b>Present</b> Councillor R Cadwallader (Chairman), Councillors A Bowditch, C Edmunds, L Fennell, M Gwilliam, H Jeremiah, K Llewellyn, S Nash, D Owen-Rees, P Quinlan, T Sheppard and W Talbot
P <b>Also</b> Bethan Roderick (Clerk to the Council) and Sian Haddock (Deputy Clerk)
R CL22/014 | <b>Ymddiheuriadau am Absenoldeb / Apologies for Absence</b>
P Councillors J Ashford (personal), G Morse (civic duties) and E Whitcombe (work) sent apologies, which were accepted.
R CL22/015 | <b>Datganiadau o Fuddiant / Declarations of Interest</b>
P Councillor H Jeremiah declared a personal interest in Minute CL22/023 as a trustee of Trefynach Youth Bank and left the meeting for that item.
R CL22/016 | <b>Cyhoeddiadau’r Cadeirydd / Chairman’s Announcements</b>
P The Chairman listed the events he had attended on the Council’s behalf since the last meeting: Ysgol Gymraeg Trefynach Eisteddfod 27 May 2022; Trefynach Bowls Club Open Day 4 June 2022; Jubilee Beacon Lighting 2 June 2022 (Trefynach Community Council); Gwent Association of Voluntary Organisations AGM 16 June 2022.
P He asked that any invitations to the Chairman be passed to the Clerk rather than to him directly.
R CL22/017 | <b>Cyhoeddiadau’r Is-gadeirydd / Vice Chairman’s Announcements</b>
P Councillor K Llewellyn, Vice Chairman, reported that she had represented the Council at the Trefynach in Bloom launch on 11 June 2022 and the Carnival opening on 18 June 2022.
R CL22/018 | <b>Cofnodion / Minutes</b>
P RESOLVED that the minutes of the meeting of the Council held on 25 May 2022 be approved as a correct record and signed by the Chairman.
R CL22/019 | <b>Cwestiynau gan y Cyhoedd / Public Questions</b>
P No questions had been received from members of the public.
R CL22/020 | <b>Adroddiad yr Heddlu / Police Report</b>
P PCSO Darren Pask reported 23 incidents in the ward during May, mainly anti-social behaviour at the skate park and two thefts of catalytic converters in Maes y Gof. Councillor S Nash asked whether the CCTV camera at the skate park was working; PCSO Pask confirmed it had been repaired in April.
R CL22/021 | <b>Pwyllgor yr Amgylchedd / Environment Committee – 8 June 2022</b>
P The minutes of the Environment Committee held on 8 June 2022 were submitted. Councillor T Sheppard, Chair of the Committee, presented the minutes and drew attention to the wildflower verges scheme (Minute ENT21/042 refers).
P RESOLVED that the minutes be received and the recommendations adopted, with the exception of Minute ENT22/009 (dog bins at Coed Trefynach), which was referred back to the Committee.
R CL22/022 | <b>Pwyllgor Cyllid a Dibenion Cyffredinol / Finance and General Purposes Committee – 13 June 2022</b>
P The minutes of the Finance and General Purposes Committee held on 13 June 2022 were received and noted.
R CL22/023 | <b>Grantiau / Grant Applications</b>
P The Clerk to the Council presented the applications recommended by the Finance and General Purposes Committee (Minute FGP22/011 refers).
P Councillor P Quinlan moved an amendment that the grant to Trefynach Youth Bank be reduced to £250. On being put to the vote the amendment was lost.
P RESOLVED that grants be awarded as follows: Trefynach Youth Bank £400; Ysgol Gymraeg Trefynach PTA £300; Trefynach Over 60s Club £250.
R CL22/024 | <b>Gwyl Trefynach / Trefynach Festival</b>
P The Deputy Clerk reported on the arrangements for the festival on 9 July 2022. It was agreed that the Chairman and Vice Chairman would open the festival and that the Council’s gazebo be lent to the organisers.
R CL22/025 | <b>Cynllun Creu Lleoedd / Placemaking Plan</b>
P Councillor D Owen-Rees asked that the draft plan be circulated in both languages before it is considered. Deferred to the September meeting.
R CL22/026 | <b>Gohebiaeth / Correspondence</b>
P Letters from One Voice Wales (remote meetings guidance), Torfaen County Borough Council (Local Development Plan timetable) and Aneurin Bevan University Health Board (GP services consultation) were noted.
R CL22/027 | <b>Dyddiad y Cyfarfod Nesaf / Date of Next Meeting</b>
P Wednesday 27 July 2022 at 6.30 pm, Community Hall, Heol yr Eglwys.
S 12
P The meeting closed at 8.05 pm.
