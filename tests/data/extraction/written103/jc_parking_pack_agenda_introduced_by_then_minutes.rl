@title Northmarsh Parking Partnership Joint Committee On-Street Parking 15 June 2017
@fontsize 10
@footer Northmarsh Parking Partnership||Page {page}
HC Northmarsh Parking Partnership
HC Joint Committee On-Street Parking
C Council Chamber, Chelmer Vale District Council, Civic Offices, Bridge Street, Maltham, MV4 2EJ
C 15 June 2017 at 1.00 pm
I The Joint Committee exists to run one parking service, on street, for all six partner councils, so that residents and visitors meet the same rules, permits and charges wherever they park.
H Terms of Reference of the Joint Committee
P The Joint Committee delivers on-street parking services for Colnebridge Borough Council and for Blackwater, Chelmer Vale, Rodings, Stourmouth and Tey Valley District Councils under the Agreement signed by the partners in 2011. It is responsible for enforcement, back-office operations, signs and lines, Traffic Regulation Orders (as agreed with Estuary County Council) and the consideration of objections to advertised Orders.
S 6
HC Agenda
G <b>Executive Members:-</b> | <b>Officers:-</b>
G Mark Haddon (Colnebridge) | Simon Elmbridge (Colnebridge)
G Ian Hurrell (Stourmouth) | Keith Marriner (Parking Partnership)
G Fay Ongar (Chelmer Vale) | Arjun Mehta (Blackwater)
G Kiran Bassi (Rodings) | Lisa Maynard (Parking Partnership)
G Bryony Tollesby (Blackwater) | Owen Pritchett (Parking Partnership)
TH No. | Item | Introduced by | Page
T 1. | <b>Welcome &amp; Introductions</b> | Chairman |
T 2. | <b>Apologies and Substitutions</b> | Chairman |
T 3. | <b>Declarations of Interest</b><br/>Members to declare any interests in items on this agenda. | Chairman |
T 4. | <b>Have Your Say</b><br/>Public speaking on agenda items or on any parking matter, at the Chairman's invitation. | Chairman |
T 5. | <b>Minutes</b><br/>To confirm the draft minutes of 16 March 2017. | Chairman | 1-4
T 6. | <b>Traffic Regulation Orders Update</b><br/>Progress on new restrictions requested by the partner councils; schemes for decision. | Keith Marriner | 5-12
T 7. | <b>Proposed Traffic Regulation Order, Mill Lane, Stourmouth</b><br/>Objections to the advertised waiting restrictions. | Keith Marriner | 13-18
T 8. | <b>Annual Report 2016/17</b><br/>To approve the Annual Report for submission to the Secretary of State. | Owen Pritchett | 19-40
T 9. | <b>Financial Report – Outturn 2016/17</b><br/>To note the outturn and the position of the reserve. | Lisa Maynard | 41-46
T 10. | <b>Forward Plan 2017/18</b><br/>To note the Forward Plan of reports. | Simon Elmbridge | 47-49
PB
HC NORTHMARSH PARKING PARTNERSHIP JOINT COMMITTEE ON-STREET PARKING
C 16 March 2017 at 1.00pm
C Council Chamber, Rodings District Council, Ongar Road, Rodingford
P <b>Executive Members Present:-</b> Councillor Bryony Tollesby (Blackwater District Council) (Chairman), Councillor Mark Haddon (Colnebridge Borough Council), Councillor Kiran Bassi (Rodings District Council), Councillor Fay Ongar (Chelmer Vale District Council), Councillor Gary Wixoe (Tey Valley District Council)
P <b>Substitutions:-</b> Councillor Ian Hurrell for Councillor Sue Kelvedon (Stourmouth District Council)
P <b>Also Present:-</b> Simon Elmbridge (Colnebridge Borough Council), Keith Marriner (Parking Partnership), Arjun Mehta (Blackwater District Council), Lisa Maynard (Parking Partnership), Councillor Peter Mundon (Estuary County Council), Owen Pritchett (Parking Partnership)
R 28. | <b>Declarations of Interest</b><br/>Councillor Hurrell declared a non-pecuniary interest in minute 32 as he lived in Mill Lane, Stourmouth.
R 29. | <b>Have Your Say</b><br/>Mr Peter Saling addressed the Committee about the lack of enforcement of the school keep-clear markings in Tey Green. Owen Pritchett, Parking Partnership, said that the markings would be added to the morning patrol route from the start of the summer term.
R 30. | <b>Minutes</b><br/>RESOLVED that the minutes of 8 December 2016 be approved as a correct record.
R 31. | <b>Traffic Regulation Orders Update</b><br/>Keith Marriner, Parking Partnership, introduced the report, which listed the schemes received from the partner councils since December and the recommended priority for each. Councillor Ongar asked that the Maltham station scheme be brought forward because of the displacement parking in Coronation Road. Councillor Bassi supported the request.<br/>RESOLVED that the Committee:<br/>(a) Noted the work of the technical team since the last meeting;<br/>(b) Approved the schemes listed in Appendix A, with the Maltham station scheme moved to the first quarter of 2017/18;<br/>(c) Rejected the scheme for Pound Lane, Rodingford, for the reasons given in the report.
R 32. | <b>Proposed Traffic Regulation Order, Mill Lane, Stourmouth</b><br/>Councillor Hurrell left the room for this item. Keith Marriner reported that nine objections and three letters of support had been received. Councillor Mundon said that the county council was still in discussion with the school about a drop-off area.<br/>RESOLVED that consideration of the objections be deferred to the June meeting so that the outcome of the discussions with the school can be reported.
R 33. | <b>Parking Partnership Budget 2017/18</b><br/>Lisa Maynard, Parking Partnership, presented the budget, which included the use of £42,000 from the reserve to replace the handheld enforcement devices. Councillor Haddon proposed an amendment that the replacement be phased over two years; this was seconded by Councillor Wixoe. On being put to the vote the amendment was lost, two in favour and four against.<br/>The original recommendations were then put to the vote and carried, four in favour and one against, with one abstention.
R 34. | <b>Forward Plan 2017/18</b><br/>The Committee noted the Forward Plan.
R 35. | <b>Urgent Items</b><br/>There were no urgent items.
P The meeting closed at 2.40pm.
