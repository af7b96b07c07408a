@title Minutes APCM and PC 17 May 2016
@font Times-Roman
@fontsize 11
@numcol 12
@footer - {page} -
HC MINUTES OF LITTLE CORVEY, TILSWORTH JUXTA BRENT AND HENNICK ANNUAL PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL, LITTLE CORVEY ON TUESDAY, 17th MAY 2016 AT 8 P.M.
P <b>In the chair:</b> Mr. K. R. Nottage
P <b>Present:</b> Mr. R. S. Brookman, Mr. W. P. Clayburn, Mrs. A. L. Gardner, Mr. M. Graves, Mrs. J. Lushby, Mrs. R. K. Marsden, Mr. D. Patten and Mr. G. Thorne.
P Mr. H. Whitlock (Clerk)
P Mr. D. Fincham (County Councillor)
P Together with 2 (two) members of the public
R 1. | <b>APOLOGIES FOR ABSENCE</b><br/>Mr. P. E. Pawley (holiday) and Mrs. I. Parkes (District Councillor)
R 2. | <b>DECLARATIONS OF ACCEPTANCE OF OFFICE</b><br/>All councillors present signed their Declarations of Acceptance of Office, which were countersigned by the Clerk.
R 3. | <b>ELECTION OF CHAIRMAN</b><br/>It was proposed by Mr. W. P. Clayburn, seconded by Mrs. A. L. Gardner and carried that Mr. K. R. Nottage is re-elected as Chairman for the ensuing year. The Chairman signed his Declaration of Acceptance of Office, which was countersigned by the Clerk.
R 4. | <b>ELECTION OF VICE CHAIRMAN</b><br/>It was proposed by Mr. K. R. Nottage, seconded by Mr. M. Graves and carried that Mr. W. P. Clayburn is re-elected as Vice Chairman for the ensuing year.
R 5. | <b>ELECTION OF REPRESENTATIVES TO OTHER ORGANISATIONS</b><br/>It was agreed that the following representatives be appointed for the ensuing year:
G <b>Organisation</b> | <b>Little Corvey</b> | <b>Tilsworth Juxta Brent</b> | <b>Hennick</b>
G Public Rights of Way | Mrs. A. L. Gardner | Mr. R. S. Brookman | Mr. P. E. Pawley
G Tree Wardens | Mrs. R. K. Marsden | Mr. G. Thorne | Mr. P. E. Pawley
G Planning | Mr. D. Patten | Mr. G. Thorne | Mr. K. R. Nottage
G Highway defects | Mr. W. P. Clayburn | Mr. R. S. Brookman | Mr. P. E. Pawley
G Village Hall Committee | Mr. M. Graves | – | –
R 6. | <b>REVIEW OF STANDING ORDERS, FINANCIAL REGULATIONS AND THE COUNCIL'S RISK ASSESSMENT FOR 2016/17</b><br/>The Clerk reported that there had been no changes to the model documents since last year. It was proposed by Mrs. J. Lushby, seconded by Mr. D. Patten and carried that the Standing Orders, Financial Regulations and Risk Assessment be re-adopted without amendment.
R 7. | <b>DATE OF NEXT ANNUAL PARISH COUNCIL MEETING</b><br/>Tuesday, 16th May 2017 at 8 p.m.
P The meeting closed at 8.14 p.m.
S 10
HC MINUTES OF LITTLE CORVEY, TILSWORTH JUXTA BRENT AND HENNICK PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL, LITTLE CORVEY ON TUESDAY, 17th MAY 2016 FOLLOWING THE ANNUAL MEETING
P <b>In the chair:</b> Mr. K. R. Nottage
P <b>Present:</b> as for the Annual Meeting
R 1. | <b>APOLOGIES FOR ABSENCE</b><br/>As recorded for the Annual Meeting.
R 2. | <b>DECLARATIONS OF INTERESTS</b><br/>Mrs. R. K. Marsden declared an interest in planning application 16/00611/HH (Brook Cottage, Hennick) as the applicant is her brother. There were no other declarations of interests.
R 3. | <b>MINUTES</b><br/>The Minutes of the Parish Council Meeting held on 15th March 2016, having been circulated, were approved and signed by the Chairman.
R 4. | <b>MATTERS ARISING FROM THE MINUTES OF THE LAST MEETING WHICH ARE NOT OTHERWISE INCLUDED ON THIS AGENDA</b><br/>(a) Village sign, Tilsworth Juxta Brent: Mr. G. Thorne reported that the refurbished sign would be reinstated in June.<br/>(b) Dog bin, Church Lane: the Clerk reported that the District Council had agreed to empty the new bin weekly.
R 5. | <b>COUNTY AND DISTRICT COUNCILLORS' REPORTS</b><br/>Mr. D. Fincham reported that the County Council had approved the new minerals plan and that the consultation on bus subsidies would close on 30th June. Mr. R. S. Brookman asked whether the 326 service was affected; Mr. Fincham confirmed that it was not.
R 6. | <b>PLANNING</b><br/>Mrs. R. K. Marsden left the meeting for this item. The following applications were considered:
T <b>Application</b> | <b>Site</b> | <b>Proposal</b> | <b>Comments</b>
T 16/00611/HH | Brook Cottage, Hennick | Two storey rear extension | No objections
T 16/00640/FUL | Land at Pond Farm, Little Corvey | Agricultural storage building | No objections, subject to landscaping on the road frontage
R | It was agreed to submit the comments shown above. Mrs. R. K. Marsden returned to the meeting.
R 7. | <b>FINANCE</b><br/>(a) The Clerk reported that the balance at the bank on 30th April 2016 was £9,846.12, including the precept of £6,250 received on 22nd April.<br/>(b) It was proposed by Mr. M. Graves, seconded by Mrs. J. Lushby and carried that the following accounts be paid:
T <b>Chq No</b> | <b>Payee</b> | <b>Details</b> | <b>£</b>
T 100412 | H. Whitlock | Clerk's salary April – May | 412.80
T 100413 | EALC | Annual subscription 2016/17 | 187.00
T 100414 | Little Corvey Village Hall | Hire of hall | 24.00
R 8. | <b>HIGHWAYS AND FOOTPATHS</b><br/>Mrs. A. L. Gardner reported further potholes on Hennick Road near the ford. The Clerk is to report these to the Highways Department. Mr. W. P. Clayburn reported that footpath 14 had been cleared by the landowner.
R 9. | <b>CORRESPONDENCE</b><br/>A list of correspondence received since the last meeting had been circulated. The correspondence was noted.
R 10. | <b>DATE OF NEXT MEETING</b><br/>Tuesday, 12th July 2016 at 8 p.m.
P There being no further business the meeting closed at 9.31 p.m.
S 14
P Chairman ……………………………………… Date ………………………
