@title Corringtoft Parish Council minutes 15 December 2020
@font Helvetica
@fontsize 10.5
@footer Corringtoft Parish Council - Minutes 15.12.2020||Page {page}
HC CORRINGTOFT PARISH COUNCIL
C Minutes of the Parish Council Meeting held on Tuesday 15th December 2020 at 7.00pm
S 4
P Because of the continuing restrictions on gatherings and to keep members of the public and councillors safe, the Parish Council meeting on the above date was held by video conference using "Zoom".
P No public forum was held: nobody from the public or press had e-mailed clerk@corringtoftpc.example.org by 5.00pm on Sunday 13th December 2020 asking to take part.
P Present via "Zoom": Cllrs M Haddow (Chairman), P Ellery (Vice Chairman), S Bunce, T Quayle, R Marr and K Dabney. Also present, County Cllr H Wrenfield.
P <b>CHAIRMAN'S REMARKS:</b> The Chairman opened the meeting and Cllr S Bunce was thanked once more for hosting the call. The Chairman reported that the village Christmas tree had been lit on 5th December with a small socially distanced gathering and thanked the school for the decorations.
P <b>PUBLIC FORUM</b> – None (see above).
P <b>1. APOLOGIES</b> – Cllr W Pask sent apologies as he was working. These were accepted.
P <b>2. DECLARATIONS OF INTEREST</b> – Cllr T Quayle declared a personal interest in item 6 a) as a neighbour of the applicant.
P <b>3. MINUTES OF PREVIOUS MEETINGS</b> - The minutes of the meeting held on 17th November 2020 and of the extraordinary meeting held on 1st December 2020 were unanimously approved as a correct record of those meetings.
P <b>4. CLERK'S REPORT – OUTSTANDING ITEMS</b>
P a) Sea Lane ditch – The drainage board has confirmed that the ditch will be cleared in January once the ground is firm enough for the machine. The landowner has agreed to give access.
P b) Salt bin, School Lane – A new salt bin was delivered by the county council on 8th December and has been filled. The old bin has been removed.
P c) Parish website – The new accessible website went live on 1st December. The Clerk asked councillors to check their own pages and send any corrections.
P d) Bench at the bus stop – The supplier has quoted £395 for a recycled plastic bench. Cllr P Ellery offered to ask the bus shelter's owner whether it can be fixed to the concrete base.
P <b>5. COUNTY COUNCILLOR'S REPORT</b> – County Cllr H Wrenfield reported that the county's flood investigation report for the September storm would be published in the new year and that a drop-in session would be held once restrictions allow. He also said the winter maintenance budget had been protected.
P <b>6. PLANNING</b>
P a) N/044/02115/20 – Rose Cottage, Marsh Road – replacement detached garage. Cllr Quayle left the meeting for this item. Council had no objection. Cllr Quayle rejoined the meeting.
P b) N/044/02160/20 – Land east of Chapel Lane – change of use of paddock to six holiday lodges. After discussion of the flood risk on Chapel Lane, it was proposed by Cllr P Ellery and seconded by Cllr K Dabney that the Council object. RESOLVED to object to the application.
P <b>7. FINANCE</b>
P a) Accounts for payment – The following accounts were approved for payment, proposed by Cllr R Marr and seconded by Cllr S Bunce: Clerk's salary (December) £301.12; HMRC £54.00; Marshdyke Landscapes – hedge cutting £180.00; Zoom subscription £14.39.
P b) Precept 2021/22 – Council considered the draft budget circulated by the Clerk. It was resolved to set the precept for 2021/22 at £9,800, an increase of 2.1%.
P <b>8. HIGHWAYS</b> – Cllr R Marr reported that the verge on the bend at Ings Lane had been churned up by lorries and that the edge of the carriageway was breaking away. Clerk to report to the county council.
P <b>9. PLAY AREA</b> – Cllr S Bunce reported that she had carried out the monthly inspection and that the bark under the swings needed topping up. It was agreed to order ten bags at a cost of about £60.
P <b>10. CORRESPONDENCE</b> – Letter from the Marsh Churches Trust thanking the Council for its donation; notice of the district council's consultation on its tree strategy; newsletter from the county association of local councils. All correspondence was noted.
P <b>11. ANY OTHER BUSINESS</b> – Cllr K Dabney asked whether the dog bin emptying could be increased to weekly over the holiday period. The Clerk will ask the district council.
P <b>12. DATE OF NEXT MEETING</b> – Tuesday 19th January 2021 at 7.00pm via "Zoom".
P The meeting closed at 8.20pm.
S 18
P Signed ............................................ (Chairman)        Date ........................
