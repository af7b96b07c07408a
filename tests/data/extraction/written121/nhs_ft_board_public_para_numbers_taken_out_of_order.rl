@title Trust Board 28.03.2006 Minutes - Final
@font Helvetica
@fontsize 10
@footer Trust Board 28.03.2006 Minutes – Final||Page {page} of 2
HC Fenwold Community NHS Foundation Trust
HC Minutes of the Board Meeting in Public
C Tuesday 28 March 2006
C 10:15 – 12:40
C The Maltings Conference Centre, Wharf Road, Fenwold, FW3 2JQ
S 6
G <b>Members:</b> | 
G Margaret Holloway | Chair
G Colin Ramsbottom | Chief Executive
G Neil Dearlove | Director of Finance
G Dr Ian Fairbairn | Medical Director
G Sandra Quilliam | Director of Nursing
G Hazel Marsh | Director of Operations
G Peter Whitlam | Non-Executive Director
G Anjali Merchant | Non-Executive Director
G Geoffrey Tunnicliffe | Non-Executive Director (Vice Chair)
G <b>In Attendance:</b> | 
G Fiona Leadbetter | Trust Secretary
G Martin Cowgill | Head of Communications
G <b>Present:</b> | 
G Leonard Pike | Public Governor
G Janet Bristow | Member of the public
G <b>Secretariat:</b> | 
G Alice Thorogood | Board Administrator
S 6
H 1. Chair's Welcome and Meeting Protocol
P 1.1. Margaret Holloway opened the meeting at 10:17 and welcomed governors and members of the public.
P 1.2. She reminded those present that members of the public could observe but not take part in the discussion, and that their questions would be taken at item 4 and again at the end of the meeting.
H 2. Apologies for Absence
P 2.1. Apologies were noted from Roger Elphick, Non-Executive Director.
H 3. Declarations of Interest
P 3.1. Dr Ian Fairbairn declared an interest in item 10 as a member of the board of the local hospice, which was named in the revised scheme of delegation. There were no other declarations.
H 4. Questions from the Public
P 4.1. Leonard Pike asked why the community dental clinic at Saltmarsh Road had been closed on Fridays since January.
P 4.2. Hazel Marsh explained that two dentists had left and that the Friday sessions would return in May once their replacements had started.
H 5. Minutes of Last Meeting (28.02.2006) and Matters Arising
P 5.1. The minutes of the meeting held on 28 February 2006 were approved as an accurate record.
P 5.2. Matters arising: action 112 (car parking charges for volunteers) was closed; action 115 was on the agenda under item 7.
P <i>Item 9 was taken at this point to allow the Director of Finance to leave for the regulator's quarterly review. The minutes follow the order in which items were taken.</i>
H 9. Finance Report – Month 11
P 9.1. Neil Dearlove presented the month 11 position. The Trust was forecasting a surplus of £1.3m against a plan of £1.1m, helped by non-recurrent income from the primary care trusts.
P 9.2. Anjali Merchant asked how much of the surplus would be needed to cover the pay award; Neil Dearlove said that £0.4m had been set aside.
P 9.3. The Board noted the month 11 position and approved the capital programme for 2006/07.
H 6. Chief Executive's Report
P 6.1. Colin Ramsbottom presented his report, which covered the consultation on community hospital beds and the results of the staff survey.
P 6.2. Peter Whitlam asked when the Board would see the response to the consultation; Colin Ramsbottom said this would come to the May meeting.
P 6.3. The Board noted the report.
H 7. Quality and Safety Report
P 7.1. Sandra Quilliam presented the report. There had been no cases of MRSA bacteraemia in the quarter; two serious untoward incidents had been reported, both pressure ulcers in the community.
P 7.2. Geoffrey Tunnicliffe commented that the Quality Committee had reviewed both incidents and was content with the action plans.
P 7.3. The Board noted the report and ratified the revised Infection Control Policy.
H 8. Annual Plan 2006/07
P 8.1. This item was deferred to the April meeting, as the final contract values from commissioners had not been received.
H 10. Standing Orders and Scheme of Delegation
P 10.1. Fiona Leadbetter presented the revised documents, which reflected the Trust's authorisation as a foundation trust.
P 10.2. The Board approved the revised Standing Orders and Scheme of Delegation.
H 11. Any Other Business
P 11.1. There was no other business.
H 12. Questions from the Public
P 12.1. No further questions were raised.
H 13. Date of Next Meeting
P 13.1. Tuesday 25 April 2006, 10:15, The Maltings Conference Centre.
H 14. Exclusion of the Press and Public
P 14.1. The Board resolved that representatives of the press and other members of the public be excluded from the remainder of the meeting, having regard to the confidential nature of the business to be transacted. Part 2 items are minuted separately.
S 12
P Signed ……………………………… Chair&nbsp;&nbsp;&nbsp;&nbsp;Date ………………………
