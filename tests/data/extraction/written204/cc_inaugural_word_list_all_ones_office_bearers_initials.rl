@title Inaugural Meeting minutes 23 November 2011
@font Times-Roman
@fontsize 11.5
@footer Page {page}
HC Inaugural Meeting of
S 4
HC Kinlochvarn and Glen Essan Community Council
S 10
P <b>Minute of the Inaugural Kinlochvarn and Glen Essan Community CouncilMeeting, Kinlochvarn Village Hall, Wednesday 23rdNovember2011 @ 7.30 p.m.</b>
S 6
P The ward councillor, Margaret Dewar, took the chair for the opening of the meeting and thanked everyone for coming. She asked for nominations for Chairperson, and Fiona Rennie was proposed by Rhona Baird and seconded by Ewan Strachan.
P Fiona Rennie then took the chair and asked for nominations for the remaining posts:
P Secretary-Jean Sutherland was proposed by Iain Munro and seconded by Rhona Baird
P Treasurer-Iain Munro was proposed by Jean Sutherland and seconded by Ewan Strachan
P The Chair also put forward two names for co-option, which were agreed:
P Alan Maciver (AM) as Vice-Chair – seconded by Jean Sutherland
P Calum Fyfe (CF) – seconded by Iain Munro
P With every post filled, the new Community Council was declared formed and its business began.
S 8
P Fiona Rennie - Chairperson (FR)
P Alan Maciver - Vice-Chair (AM)
P Jean Sutherland - Secretary (JS)
P Iain Munro - Treasurer (IM)
P Rhona Baird (RB)
P Ewan Strachan (ES)
P Calum Fyfe (CF)
P Margaret Dewar – Ward Councillor (MD)
S 6
P There were no apologies.
P Note taker:Lorna Pettigrew
S 8
H 1. Previous Minutes
P Minutes of the outgoing Community Council's last meeting, held on 28th September, were read and approved without change.
H 1. Matters Arising
P • Kinlochvarn pier car park. MD had passed the potholes to the Roads Engineer, who will look at them before Christmas. Members want two spaces kept for ferry users and JS will write to the Harbour Master.
P • Glen Essan school path. IM reported that the lighting along the path had still not been repaired and agreed to write to the Area Office again.
P • Public toilets. Still waiting for the Council's reply on summer opening hours.
P • Community Defibrillator. ES reported that the Ambulance Service had offered training for up to twelve people in the spring. RB offered to find out whether the Village Hall would house the cabinet.
H 1. Treasurer's Report
P IM reported a balance of £2,318.40, including £600 held for the Christmas lights. The Treasurer's report was accepted. It was agreed that the new office bearers be added to the bank mandate and that the outgoing signatories be removed.
H 1. Planning
P JS reported two applications: a house plot beside the old manse and an extension to the Glen Essan Hotel. No comments were made.
H 1. Police Report
P No officer was able to attend. JS read the written report: three incidents in the month, all road related, and a reminder about winter tyres.
H 1. Correspondence
P Letters from the Council about the winter gritting routes and from the community councils' association about its training days were tabled.
H 1. Christmas Lights
P CF reported that the lights had been tested and two strings needed replacing. It was agreed that up to £150 be spent from the money held for the lights. AM offered to help put them up on 3rd December.
H 1. AOCB
P RB raised the amount of litter at the Glen Essan lay-by. MD said she would ask for an extra bin to be placed there over the summer.
H 1. Date of Next Meeting
P Wednesday 25th January 2012 @ 7.30 p.m. in Kinlochvarn Village Hall.
