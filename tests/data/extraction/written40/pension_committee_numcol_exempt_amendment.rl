@title Pension Fund Committee 22 September 2023
@font Times-Roman
@fontsize 11
@numcol 14
@header Pension Fund Committee – Friday, 22nd September, 2023
@footer Page {page}
HC Ribblemoor County Council
P <b>Pension Fund Committee</b>
P Minutes of the Meeting held on Friday, 22nd September, 2023 at 10.30 am in Committee Room 'C' - The Moorland Room, County Hall, Ashworth
P <b>Present:</b>
P County Councillor Alan Fairclough (Chair)
P <i>County Councillors</i>
P E Bamber, T Cuerden, S Hesketh, K Iqbal, J Mawdsley, R Pilling and P Whittle
P <i>Co-opted members</i>
P Councillor Neil Brindle (Ribblemoor Borough Councils), Mr Dennis Capstick (Trade Union Representative) and Councillor Sameena Akhtar (Castleton Borough Council)
R 31. | <b>Apologies</b>
R  | Apologies were received from County Councillor H Rigby and Mrs Lorraine Tyrer (Further and Higher Education Representative).
R 32. | <b>Disclosure of Pecuniary and Non-Pecuniary Interests</b>
R  | County Councillor K Iqbal and Councillor Sameena Akhtar disclosed non-pecuniary interests as members of the Local Government Pension Scheme.
R 33. | <b>Minutes of the Meeting held on 23rd June 2023</b>
R  | <b>Resolved:</b> That the Minutes of the meeting held on 23rd June 2023 be confirmed as an accurate record and signed by the Chair.
R 34. | <b>Responsible Investment Report</b>
R  | The Head of Fund, Ms Gillian Rostron, presented a report on responsible investment activity for the quarter, including votes cast at company meetings by the pool on the Fund's behalf.
R  | Mr Dennis Capstick asked how many resolutions on climate risk the pool had supported; Ms Rostron replied that 38 of 41 had been supported.
R  | <b>Resolved:</b> That the report be noted.
R 35. | <b>Pension Fund Annual Report and Accounts 2022/23</b>
R  | Mr Shaun Whiteley, the external auditor, reported that the audit was substantially complete and that an unqualified opinion was expected.
R  | <b>Resolved:</b> That the draft annual report and accounts for 2022/23 be approved, subject to the completion of the external audit, and that the Chair be authorised to sign the letter of representation.
R 36. | <b>Funding Strategy Statement - Consultation</b>
R  | The Committee considered the draft Funding Strategy Statement ahead of consultation with employers.
R  | County Councillor T Cuerden moved an amendment that the consultation period be extended from four to six weeks. The amendment was seconded by County Councillor J Mawdsley and, on being put to the vote, was carried.
R  | <b>Resolved:</b> That the draft Funding Strategy Statement be approved for consultation with employers for a period of six weeks.
R 37. | <b>Urgent Business</b>
R  | There were no items of Urgent Business.
R 38. | <b>Date of Next Meeting</b>
R  | It was noted that the next meeting of the Committee would be held on Friday, 24th November 2023 at 10.30 am at County Hall, Ashworth.
R 39. | <b>Exclusion of the Press and Public</b>
R  | <b>Resolved:</b> That the press and public be excluded from the meeting under Section 100A(4) of the Local Government Act 1972 during consideration of the following items of business on the grounds that there would be a likely disclosure of exempt information as defined in the appropriate paragraph of Part I of Schedule 12A to the Local Government Act 1972.
P <b>Part II (Not open to the press and public)</b>
R 40. | <b>Investment Strategy Review</b>
R  | <i>Exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972. It was considered that in all the circumstances of the case the public interest in maintaining the exemption outweighed the public interest in disclosing the information.</i>
R  | The Chair presented the recommendations of the Investment Panel following its review of the strategic asset allocation. He proposed an amendment adding a tolerance range of £40m to the allocation to local infrastructure. The amendment was moved and seconded and put to the vote, where it was approved.
R  | <b>Resolved:</b> 1. That the revised strategic asset allocation set out in Appendix 'A' be approved with effect from 1st January 2024. 2. That the allocation to local infrastructure be set at £120m, with a tolerance range of £40m.
R 41. | <b>Pension Administration Contract</b>
R  | <i>Exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.</i>
R  | The Head of Fund reported on the performance of the pensions administration provider against its service level agreement.
R  | <b>Resolved:</b> That the report be noted and that a further update be presented in March 2024.
S 12
P L Sadowski
P Director of Corporate Services
P County Hall
P Ashworth
