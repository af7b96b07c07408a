@title BHUCC agenda and draft minutes
@font Helvetica
@fontsize 10
@numcol 12
@footer {page}
HC BRENNAQUOY, HALTOFT &amp; URENESS COMMUNITY COUNCIL - MEETING ON TUESDAY 13 MARCH 2012 IN THE HALTOFT SCHOOL AT 7.30PM
S 6
HC AGENDA
S 4
R 1. | Apologies
R 2. | Approval of Minutes of Meeting held on Tuesday 7 February 2012*
R 3. | Matters Arising from Minutes
R 4. | Police Report
R 5. | Ureness Pier Repairs – update from Marine Infrastructure
R 6. | Finance*
R 7. | Grant Applications*
R 8. | Planning
R 9. | Co-Option to fill Haltoft vacancy
R 10. | Voar Redd Up 2012*
R 11. | Broadband Survey – Skaillabrek Exchange
R 12. | AOCB
R 13. | Date of next meeting – Tuesday 24 April 2012 (Ureness Hall 7.30pm)
S 8
I *denotes papers attached
PB
HC BRENNAQUOY, HALTOFT &amp; URENESS COMMUNITY COUNCIL
HC MINUTES OF THE MEETING HELD ON TUESDAY 7 FEBRUARY 2012 IN THE HALTOFT SCHOOL AT 7.30PM
S 4
G PRESENT | Mr R Isbister<br/>Mrs A Leask<br/>Mr J W Tulloch<br/>Ms H Sandison
G EX OFFICIO | Cllr M Flaws
G IN ATTENDANCE | Mrs E Goudie (Clerk)<br/>PC Karen Moar<br/>Mr Neil Robertson (Marine Infrastructure)
G CHAIRPERSON | Mr L Manson
S 4
H 1. APOLOGIES
P Mr D Halcrow, Mrs P Jamieson, Cllr A Laurenson
P NOT PRESENT Mr K Irvine
H 2. APPROVAL OF MINUTES OF MEETING HELD ON TUESDAY 10 JANUARY 2012
P Mr Isbister asked that the spelling of Skaillabrek be corrected in item 7. With that change the minutes of the meeting held on Tuesday 10 January 2012 were approved on the motion of Mrs A Leask and seconded by Mr J W Tulloch.
H 9. URENESS PIER REPAIRS
P This item was taken next as Mr Robertson had to leave early. Mr Robertson said that the diver's survey in December had found two of the timber fenders beyond repair and a section of the lower deck loose at the seaward end. The repair is in the Council's programme for 2012/13 but the work cannot start before the boats come off in October. Mr J W Tulloch asked whether the loose section could be fenced off in the meantime. Mr Robertson agreed to have barriers put up within the fortnight.
P It was agreed that the Chairperson and the Clerk would meet Mr Robertson at the pier to go over the programme before the April meeting. The Chairperson thanked Mr Robertson, who then left the meeting.
H 3. MATTERS ARISING FROM MINUTES
P <u>Skaillabrek Road Signs</u>
P The replacement signs have still not been put up. The Chairperson said he had been told twice that they were on order. It was agreed that the Clerk would write to the Roads Manager asking for a date.
P <u>Hall Defibrillator</u>
P Ms H Sandison reported that eleven people had now done the training in Ureness Hall and that the cabinet would be wired in by the end of the month.
H 4. POLICE REPORT
P PC Karen Moar said that January had been quiet, with one road accident on the Brennaquoy brae in the ice, a theft of diesel from a tractor at Nort-a-Voe and two calls about loose sheep on the main road. She asked everyone to keep fuel tanks locked and to report anything suspicious on 101. Mrs A Leask asked about speeding through Haltoft at school times; PC Moar said that the road policing unit would be asked to do some checks in March.
H 5. FINANCE
P The Clerk presented the financial monitoring report to 31 January 2012, which showed £3,912.40 in the core account and £1,206.15 left in the grants budget. The report was noted.
H 6. GRANT APPLICATIONS
P Two applications had been received and circulated.
P (a) Haltoft Hall Committee – £450 towards 40 new stacking chairs. Approved on the motion of Mr R Isbister, seconded by Ms H Sandison.
P (b) Ureness Yoal Club – £300 towards a new set of oars. Mrs A Leask declared an interest as the club's treasurer and took no part. Approved on the motion of Mr J W Tulloch, seconded by Mr R Isbister.
H 7. PLANNING
P 2012/031/PPF Erect dwellinghouse, Nort-a-Voe, Haltoft – no objections.
P 2012/044/PPF Extension to fish processing shed, Ureness – Members welcomed the jobs the extension would bring. It was agreed to write in support of the application, asking that the lorry turning area be kept clear of the school bus stop.
H 8. HALTOFT VACANCY
P A letter from Mr K Irvine resigning from the Community Council was read. Members thanked him for his eight years of work for Haltoft. It was agreed to advertise the vacancy and to consider co-option at the March meeting.
H 10. ISLANDS EMERGENCY PLANNING FORUM – 25/1/12
P Mrs A Leask attended the forum on behalf of the Community Council. She reported that every community is being asked to name two contacts for the winter resilience list and that sandbags will be kept at the Brennaquoy depot. The report was noted.
H 11. AOCB
P Ms H Sandison raised the state of the bus shelter at the Ureness junction, where the roof panel has blown off. Clerk to report it to the Roads Service.
H 12. DATE OF NEXT MEETING
P Tuesday 13 March 2012 in the Haltoft School at 7.30pm.
