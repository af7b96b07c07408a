@title Board of Trustees Minutes March 2012
@font Helvetica
@fontsize 10
@footer Townscape Societies Network is a company limited by guarantee, registered in England number 7390214 | Charity registration number 1140862 | 12 Cable Street, Rowthorne, RW2 6HD // {page}
H Board of Trustees
H MINUTES of the MARCH MEETING
P 14 March 2012 1pm - 4pm
P Friends Meeting House, Rowthorne
G <b>Trustees</b> | Eleanor Prynne (Chair)
G  | Gordon Attwater
G  | Ruth Mallinder
G  | Desmond Kaye
G  | Priya Ramasubban
G  | Oliver Thwaite
G <b>Staff</b> | Harriet Quance (Director)
G  | Simon Ridehalgh (minutes)
G <b>Apologies</b> | Bernard Oyelaran
G  | Jean Whitcombe
S 6
P <b>1. Draft Minutes of February meeting and matters arising</b>
P The minutes of the meeting held on 8th February were approved. Ruth Mallinder asked whether the letter to the Minister on permitted development had been sent; Harriet Quance confirmed that it went on 20th February.
P <b>2. Private Item</b>
P Minuted separately.
P <b>3. Chair's update</b>
P Noted:
P a. Small Societies Project, bid to the Heritage Lottery Fund:
P i that the second-round application had been submitted on 1st March;
P ii that a decision was expected in June;
P iii that the Chair and Director would meet the Fund's case officer on 29th March.
P b. Civic Day 2012: 112 events had been registered so far, against 85 at the same point last year.
P c. Local Plans Support Project:
P i the Getting Involved guide would be printed in April;
P ii the workshop programme would produce an income of about £9,500;
P iii it was agreed not to proceed with the paid advisory service for the time being.
P <b>4. Finance report</b>
P Harriet Quance presented the management accounts to 29th February, which showed a small surplus against budget. Gordon Attwater, as Treasurer, introduced the draft budget for 2012/13. Desmond Kaye asked for the conference income to be shown separately.
P The Board approved the draft budget for 2012/13, subject to that change.
P <b>5. Membership and subscriptions</b>
P Priya Ramasubban reported that membership stood at 247 societies. She proposed that the subscription bands stay unchanged for 2012/13, with a reduced rate for societies of fewer than 50 members.
P The Board agreed the subscription bands for 2012/13 as proposed.
P <b>6. Annual Conference 2012</b>
P Oliver Thwaite reported that the conference would be held in Saltmarsh Hall on 6th October. Three venues had been visited and this one offered the best rate. The draft programme was circulated and comments were invited by 30th March.
P <b>7. Expert Panel</b>
P The Board had agreed in February that a new Expert Panel should be formed to advise on planning, conservation and community engagement. Nine names had been suggested by trustees and members.
P The Board agreed that the Chair and Director would approach the first six names and report back in May.
P <b>8. Risk register</b>
P The updated risk register was received and noted. Ruth Mallinder will review the data protection entries before the next meeting.
P <b>9. Any other business</b>
P Desmond Kaye reported that the Rowthorne Society had asked for help with a listed building consent appeal. Harriet Quance will put them in touch with the casework volunteers.
P <b>10. Date of next meeting</b>
P Wednesday 16th May 2012, 1pm - 4pm, Friends Meeting House, Rowthorne.
