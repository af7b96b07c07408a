@title AC.2016.8 Agenda 8 September 2016
@font Helvetica
@fontsize 11
@header AC.2016.8
@footer Ardlochan Local Accounts Commission || {page}
HC 312th meeting of the Ardlochan Local Accounts Commission
C Thursday 8 September 2016, 10.15am
C in the offices of Ardlochan Audit, 14 Harbour Street, Port Ellan
S 10
H Agenda
R 1. | Apologies for absence.
R 2. | Declarations of interest.
R 3. | Decisions on taking business in private: The Commission will consider whether to take items 15 to 18 in private.
R 4. | Minutes of meeting of 11 August 2016.
R 5. | Minutes of meeting of Financial Audit and Assurance Committee of 25 August 2016.
R 6. | Minutes of meeting of Performance Audit Committee of 25 August 2016.
R 7. | Audit Board update: The Commission will consider a verbal report by the Chair and Secretary to the Commission.
R 8. | Update report by the Secretary to the Commission: The Commission will consider a report by the Secretary to the Commission.
R 9. | Update report by the Controller of Audit: The Commission will consider a verbal report by the Controller of Audit.
R 10. | Local government financial overview 2015/16: The Commission will consider a report by the Director of Performance Audit and Best Value on the draft overview, which covers councils’ income of £12.4 billion, usable reserves of £1.9 billion and borrowing of £14.8 billion.
R 11. | Annual audit of the 2015/16 accounts – progress: The Commission will consider a report by the Director of Audit Services on progress towards the statutory deadline of 30 September 2016.
R 12. | Housing benefit performance audit – annual update: The Commission will consider a report by the Assistant Director, Audit Strategy.
R 13. | Best Value Assurance Report – Glenmora Council: The Commission will consider a report by the Controller of Audit.
R 14. | Commission work programme 2016/17 to 2018/19: The Commission will consider a report by the Secretary to the Commission.
S 6
P <i>The following items are proposed to be considered in private:</i>
R 15. | Best Value Assurance Report – Glenmora Council: The Commission will consider the actions that it wishes to take.
R 16. | Draft audit quality annual report 2015/16: The Commission will consider a report by the Assistant Director, Appointments and Assurance.
R 17. | Commission budget 2017/18: The Commission will consider a report by the Secretary to the Commission on its proposed budget of £1,126,000, an increase of 1.8% on 2016/17.
R 18. | Commission business matters: The Commission will discuss matters of interest.
S 14
P <b>Paper references:</b> items 4 to 6 – AC.2016.8.1 to AC.2016.8.3; items 8 and 10 to 14 – AC.2016.8.4 to AC.2016.8.9; items 16 and 17 – AC.2016.8.10 and AC.2016.8.11 (members only).
P The next meeting of the Commission will be held on Thursday 13 October 2016.
