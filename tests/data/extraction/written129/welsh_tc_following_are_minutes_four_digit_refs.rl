@title Trefynach Town Council minutes 18 April 2000
@font Times-Roman
@fontsize 11.5
@numcol 16
@footer Trefynach Town Council – 18th April 2000 || Page {page}
HC TREFYNACH TOWN COUNCIL
S 4
P The following are the minutes of the meeting of the Council held on Tuesday, 18th April 2000 in the Market Hall, Trefynach, which commenced at 7.05pm.
H PRESENT:
P Councillors: G H Prosser, E M Watkins, D J Price, A Lewis, R Beavan, C M Griffiths, S Probert and the Mayor, T R Bevan.
P <b>APOLOGIES FOR ABSENCE:</b> Cllr H Parry and Cllr M E Jenkins.
P <b>IN ATTENDANCE:</b> 2 Members of the Public, County Cllr Rhodri Powell and Mrs E Gwilym, Clerk.
H To Receive Declarations of Interest in Agenda Items:
P Cllr Beavan declared a personal interest in planning application M/2000/0214 as the applicant is a relative.
H PREVIOUS MEETING
R 2871 | On the proposal of Cllr Watkins, seconded by Cllr Price, those present at the March meeting agreed that its minutes (21st March 2000) be signed as a correct record.
H MATTERS ARISING from the previous meeting (for information only).
R 2872 | (2859) Bridge End Toilets - The Clerk had written again to the County Council and had been told that the toilets would reopen in time for Easter with new locks on the doors.
R  | (2864) &amp; (2858) Footway Lighting - Cllr Griffiths noted that the lamp outside the surgery in Heol y Ffynnon was still not working and that this was the third time it had been reported.
R  | (2866) Twinning Visit - Arrangements for the visit from the twin town in August are in hand.
H COUNTY COUNCIL MATTERS
R 2873 | Cllr Powell reported that the County Council had set its budget with a Council Tax rise of 6.5% and that the library would keep its Saturday opening.
R  | Trunk Road Works - The resurfacing of the bypass would start after the Whitsun holiday and would be done at night. Cllr Prosser asked that the traders in the town be warned well in advance, and Cllr Powell agreed to pass this on.
R  | Brown Tourist Signs - The new signs for the castle had been ordered.
H POLICE MATTERS
R 2874 | No officer attended. The Clerk read a letter from the Sergeant at Pontcerrig reporting two thefts from cars in the long-stay car park and asking the public to keep valuables out of sight.
H ACCOUNTS FOR PAYMENT
R 2875 | It was proposed by Cllr Lewis, seconded by Cllr Prosser and agreed that the following accounts be paid: Clerk's salary and expenses (March) £212.40; Gwernant Lighting Services £96.00; Market Hall caretaker £60.00; Town Crier's uniform cleaning £18.50.
H PLANNING
R 2876 | M/2000/0214 - Single storey extension, 3 Heol y Ffynnon. Cllr Beavan left the room. Cllr Probert said the extension would not be seen from the road. It was RESOLVED to recommend approval.
R  | M/2000/0231 - Change of use of shop to café, 9 High Street. No objection.
H MILLENNIUM CLOCK
R 2877 | Cllr Watkins moved that the remaining £1,450 of the Millennium fund be spent on restoring the clock on the Market Hall rather than on a new noticeboard. Cllr Griffiths felt the noticeboard was more urgent. On a vote, 5 in favour and 2 against, the motion was carried.
H CORRESPONDENCE
R 2878 | a) Gwernant County Council - Consultation on the local plan deposit draft. b) Gwernant Association of Local Councils - Training evening on 9th May. c) Mr and Mrs Harries - Thanks for the Christmas lights. The correspondence was noted.
H MAYOR'S ENGAGEMENTS
R 2879 | The Mayor reported that he had attended the St David's Day concert at the school, the opening of the new surgery and the Civic Service at the Priory Church.
H ANY OTHER BUSINESS
R 2880 | Cllr Probert raised the state of the riverside path after the floods. Cllr Lewis offered to walk the path with the Clerk and list the worst places.
H DATE OF NEXT MEETING
R 2881 | Tuesday, 16th May 2000 (Annual Meeting) at 7.00pm in the Market Hall.
S 14
P The meeting closed at 9.02pm.
S 20
P Signed ........................................ Mayor        Date ........................
