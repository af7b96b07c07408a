@title F&GP 9.11.99
@font Helvetica
@fontsize 11
@header Swaleby Town Council||Finance and General Purposes Committee
@footer F&GP 9.11.99||Page {page}
P <b>Minutes of the Finance and General Purposes Committee of Swaleby Town Council, Council Room, Town Hall, Tuesday 9th November 1999, 7.15pm</b>
P PRESENT – Councillors Mrs A Metcalfe (in the Chair), J Bainbridge, R Kearton, Dr P Lund and Mrs S Thwaite.
P Also present: Mr G Alderson (Town Clerk) and one member of the public.
H 1. APOLOGIES AND MEMBERS' INTERESTS.
P Councillor Spence (hospital appointment).
P Councillor Kearton declared an interest in item 7(a) as a member of the Swaleby Bowling Club.
H 2. MINUTES OF 12th OCTOBER 1999.
P AGREED – That the Minutes of 12th October 1999 be signed by the Chairman as correct.
H 3. ACCOUNTS FOR PAYMENT.
G Northern Electric | Town Hall electricity | £412.18
G Dales Office Supplies | Stationery and toner | £86.40
G J. Raw &amp; Son | Grass cutting, October | £640.00
G Inland Revenue | Tax and NI, October | £731.52
G Clerk's salary | October | £1,398.50
G Yorkshire Local Councils Association | Training day | £144.00
P AGREED – That the accounts listed above, totalling £3,412.60, be paid.
H 4. BANK RECONCILIATION.
P The Clerk presented the bank reconciliation at 31st October 1999, which showed £21,806.44 in the current and deposit accounts. NOTED.
H 5. ESTIMATES AND PRECEPT 2000/2001.
P The Committee went through the draft estimates prepared by the Clerk. The main increases were the Town Hall roof loan repayment, which begins in April, and the cost of the Christmas lights now that the old set has been condemned.
P Councillor Lund proposed that the precept be held at the present level of £36,200 and the difference met from balances. This was not seconded.
P Councillor Lund then proposed, and Councillor Mrs Thwaite seconded, a precept of £38,750. On being put to the vote there were 4 in favour and 1 against.
P RESOLVED – That the Committee recommends to Council a precept of £38,750 for 2000/2001.
H 6. MILLENNIUM CELEBRATIONS.
P Councillor Bainbridge reported that the Millennium Committee had booked the fireworks for 31st December and that the beacon on Castle Hill would be lit at midnight.
P AGREED – That a grant of £600 be made to the Millennium Committee towards the cost of the fireworks.
H 7. GRANT APPLICATIONS.
P (a) Swaleby Bowling Club. Councillor Kearton, having declared an interest, left the room. AGREED – That a grant of £200 be made towards the new green roller.
P (b) Swaleby Youth Band. The Band had asked for £500 towards new instruments but had not sent its accounts. The application was deferred until the accounts are received.
H 8. INSURANCE RENEWAL.
P The Clerk reported that the premium for the coming year would rise by 6% because of the new play equipment at Fairholme.
P AGREED – That the policy with Municipal Mutual be renewed from 1st December 1999.
H 9. TOWN HALL HEATING.
P Two quotations for a new boiler had been received. Consideration was DEFERRED until the December meeting, when a third quotation will be available.
H 10. CHRISTMAS LIGHTS.
P The lights will be switched on by the Mayor on Friday 3rd December. It was noted that the Chamber of Trade would again pay for the tree.
H 11. DATE OF NEXT MEETING.
P Tuesday 14th December 1999 at 7.15pm in the Council Room.
S 12
P The meeting closed at 9.05pm.
S 24
P Signed ....................................... Chairman        Date ....................
