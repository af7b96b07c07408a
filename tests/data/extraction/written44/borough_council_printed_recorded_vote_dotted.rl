@title Council 24.01.17 minutes
@font Times-Roman
@fontsize 11
@footer Council - 24.01.17||{page}
HC Langmoor Borough Council – Meeting held on Tuesday, 24th January, 2017.
S 6
P <b>Present:-</b> The Mayor (Councillor Begum) (in the Chair); Councillors Armitage, Bhamra, Coyle, Dhaliwal, Ellwood, Ferreira, Fitzwilliam, Gorringe, Hemsley (Leader), Jaswal, Kinsella, Lugard, Mahmood, Nuttall, Okoro, Pardesi, Quennell, Rahim, R Sandhu, S Sandhu, Tremlett, Uppal, Vickery, Whitehouse, Wynne-Jones, Yardley, Zaman and Ormsby.
P <b>Apologies for Absence:-</b> Councillors Heathcote and Ilyas.
HC PART I
H 61. Declarations of Interest
P Councillor Okoro declared a personal interest in item 66 (Council Tax Base 2017/18) as a member of the board of Langmoor Homes Limited. He remained in the meeting and took part in the debate and vote.
H 62. Minutes of the Meeting held on 22nd November 2016
P It was moved by Councillor Tremlett,
P Seconded by Councillor Fitzwilliam,
P "That the Minutes of the meeting of the Council held on 22nd November 2016 do not comprise an accurate record, in that Minute 54 omits the reasons given by Councillor Tremlett for his question on the leisure centre contract."
P The Mayor put the Minutes to the Council and following a vote the Minutes were declared as an accurate record by 19 votes, to 8 votes, with 1 abstention.
P There voted for the Minutes being a correct record:
P Councillors Armitage, Bhamra, Coyle, Ellwood, Ferreira, Gorringe, Hemsley, Jaswal, Kinsella, Lugard, Mahmood, Nuttall, Pardesi, Rahim, R Sandhu, S Sandhu, Uppal, Yardley and Zaman ........................................ 19
P There voted against the Minutes being a correct record:
P Councillors Dhaliwal, Fitzwilliam, Okoro, Quennell, Tremlett, Vickery, Whitehouse and Wynne-Jones ........................................ 8
P There abstained from voting:
P Councillor Ormsby ........................................................................................ 1
P <b>Resolved -</b> That the Minutes of the proceedings of the Council at its meeting held on 22nd November 2016 be approved as a correct record and signed by the Mayor.
H 63. Mayor's Communications
P The Mayor reported on her recent engagements, which had included the Holocaust Memorial Day schools event at the Langmoor Centre and the opening of the new community library at Eastmere. She thanked all Members who had supported her charity quiz, which had raised £2,140.
H 64. Petitions
P Mr Neville Ashgrove presented a petition of 412 signatures requesting a pedestrian crossing on Kestrel Way near Orchard Lane Primary School. The Mayor thanked Mr Ashgrove and referred the petition to the Cabinet Member for Transport and Highways for a response within 28 days.
H 65. Questions from Electors under Procedure Rule 9
P Mrs Doreen Quayle asked the Cabinet Member for Housing how many households were in temporary accommodation outside the borough. Councillor Ferreira, the Cabinet Member for Housing, replied that 37 households were placed outside the borough on 31st December 2016, and that the opening of the Heron Court scheme in March would allow most of them to return.
H 66. Recommendations of the Cabinet from its meeting held on 16th January 2017: Council Tax Base 2017/18
P It was moved by Councillor Hemsley,
P Seconded by Councillor Ferreira,
P "That the recommendations of the Cabinet set out in the report be approved."
P An amendment was moved by Councillor Tremlett, Seconded by Councillor Okoro, to add the words "and that the Cabinet review the council tax support scheme for care leavers before 1st April 2017".
P The amendment was put to the vote and lost.
P The substantive motion was put to the vote and carried.
P <b>Resolved -</b> That the Council Tax Base for 2017/18 be set at 43,916.2 Band D equivalent properties, as detailed in Appendix A to the report.
H 67. Notice of Motion - Town Centre Parking
P It was moved by Councillor Fitzwilliam,
P Seconded by Councillor Dhaliwal,
P "That this Council introduces two hours' free parking in the Market Street and Brook Street car parks on Saturdays from 1st April 2017, funded from the parking reserve."
P Councillor Hemsley spoke against the motion and said that the reserve was committed to the resurfacing of the Brook Street multi-storey. Councillor Vickery spoke in support.
P The motion was put to the vote and lost.
H 68. Notice of Motion - Living Wage Employer
P Councillor Okoro advised that, as the Cabinet would consider a report on accreditation as a Living Wage employer in February, he wished to withdraw the motion. With the consent of the Council the motion was withdrawn.
H 69. Appointments to Committees
P <b>Resolved -</b> That Councillor Dhaliwal replace Councillor Tremlett on the Planning Committee for the remainder of the 2016/17 municipal year.
H 70. Members' Attendance Record
P <b>Resolved -</b> That the Members' Attendance Record for the period 1st May to 31st December 2016 be noted.
H 71. Exclusion of Press and Public
P <b>Resolved -</b> That the press and public be excluded from the meeting during consideration of the item in Part II of the agenda, as it involves the likely disclosure of exempt information relating to the financial or business affairs of any particular person (including the authority holding that information) as defined in Paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.
HC PART II
H 72. Acquisition of Land at Wharf Road (Paragraph 3)
P <b>Resolved -</b> That the recommendation of the Cabinet set out in the confidential report be agreed.
S 20
P Chair
I (Note: The Meeting opened at 7.00 pm and closed at 9.28 pm)
