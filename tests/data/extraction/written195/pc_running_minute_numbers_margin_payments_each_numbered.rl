@title Stambury Green Parish Council minutes 3 February 2010
@font Helvetica
@fontsize 10
@numcol 14
@header STAMBURY GREEN PARISH COUNCIL || Minutes 3rd February 2010
@footer Chairman ……………… || Page {page}
HC STAMBURY GREEN PARISH COUNCIL
HC MINUTES OF THE MONTHLY MEETING OF THE PARISH COUNCIL HELD ON WEDNESDAY 3 <super>RD</super> FEBRUARY 2010 IN THE PAVILION, LONG GREEN ROAD
G <b>THOSE PRESENT:</b> | Councillors: | Mr. J. Aldous
G  |  | Professor L. Faircloth
G  |  | Mrs G. Wix (Chairman)
G  |  | Mrs. A. Spurgeon
G  |  | Mr. P. Tunmer
G  | In attendance: | Mrs. M. Catchpole (Parish Clerk)
G  |  | Mr. R. Hubbard (District Councillor) and two members of the public
S 6
R 438. | <b>APOLOGIES FOR ABSENCE</b> : had been received from Mr. C. Lingwood.
R 439. | <b>MINUTES OF THE ORDINARY MEETING</b> of the Parish Council held on Wednesday 13 <super>th</super> January 2010 were approved as correct and signed accordingly.
R 440. | <b>DECLARATIONS OF INTEREST</b> : Mr. P. Tunmer declared a prejudicial interest in minute 452 as the applicant is his brother-in-law.
R 441. | <b>PUBLIC FORUM</b> : A resident of Pound Lane asked when the missing road sign at the junction with Long Green Road would be replaced. The Clerk will chase the County.
H FINANCE Approval of Payments
R 442. | Stambury Green Parochial Church Council grant of £400 towards the churchyard wall as agreed at January 2010 meeting Cheque No.861
R 443. | Stambury Office Supplies stationery: ink cartridges and 2 box files invoice No.BO4471 dated 08.01.10 £41.12 (£35.00 net) Cheque No.862
R 444. | Eastlea Web Services to web site hosting and updates invoice No.0110-31 dated 12.01.10 £17.63 (£15.00 net) Cheque No.863
R 445. | Longgreen Partnership Architects to professional fees in relation to the pavilion extension invoice No.02.114/C dated 18.01.10 £1,211.04 (£1,030.67 net) Cheque No.864
R 446. | K Hollings Electrical to repairing street lights Nos. 3 &amp; 11 invoice No.2291 dated 19.01.10 £143.35 (£122.00 net) Cheque No.865
R 447. | Information Commissioner to renewal of Data Protection registration from 14th March 2010 £35.00 Cheque No.866
R 448. | County Association of Local Councils to training for Clerk ‘Budgets and the Precept’ invoice No.CALC/0188 dated 21.01.10 £48.00 Cheque No.867
R 449. | Marsh Builders pavilion extension stage payment invoice No.MB/311 dated 28.01.10 £41,870.00 (£35,634.04 net) Cheque No.869 (Cheque No.868 VOID)
R 450. | Maureen Catchpole office expenses £19.46 Cheque No.870
R 451. | The payments at minutes 442 to 450 were proposed by Mrs. A. Spurgeon, seconded by Mr. J. Aldous and approved unanimously.
H PLANNING
P Mr. P. Tunmer left the meeting for the following item.
R 452. | 10/00031/FUL Two storey side extension and new access, Brook Cottage, Pound Lane. The Council resolved to object: the access is onto a blind bend.
P Mr. P. Tunmer returned to the meeting.
R 453. | 10/00044/HOUSE Conservatory to rear, 6 Warren Close. No objection.
R 454. | 09/01187/FUL Change of use of agricultural building to storage, Hill Farm. Decision notice received: Approved with conditions. Noted.
R 455. | <b>FINANCIAL STATEMENT</b> Current balances: Hollybrook Bank current account £4,912.08; Hollybrook Bank deposit account £22,150.00. Budget comparison to 31st January 2010 circulated and noted.
R 456. | <b>PAVILION EXTENSION</b> : Professor L. Faircloth reported that the roof was on and the builders expected to finish by the end of March. The lottery fund had released the second part of the grant. Councillors agreed to hold a working party at the pavilion on Saturday 20th February.
R 457. | <b>HIGHWAYS</b> : Potholes in Long Green Road outside the shop reported again. The Clerk reported that the County had promised a patching gang before Easter.
R 458. | <b>FOOTPATHS</b> : Mr. J. Aldous reported that footpath 14 was flooded at the ford. To be reported to the County Rights of Way team.
R 459. | <b>STREET LIGHTING</b> : Lights 3 and 11 now repaired (see minute 446). Light 7 in Warren Close flickering – the Clerk to report.
R 460. | <b>POLICE MATTERS</b> : No report received. The PCSO had sent apologies.
R 461. | <b>DISTRICT COUNCILLOR’S REPORT</b> : Mr. R. Hubbard reported that the District budget would be set on 23rd February with no increase in council tax.
H CORRESPONDENCE
R 462. | County Council – consultation on the Minerals Plan. Circulated.
R 463. | Rural Community Council – annual subscription renewal £45. It was resolved to renew the subscription.
R 464. | Resident of The Street – complaint about overhanging trees at the recreation ground. Clerk to arrange cutting back.
R 465. | <b>CLERK’S REPORT</b> : The annual return forms and the internal audit letter had been received. The Clerk reported that the new accounts software had been installed.
R 466. | <b>DATE OF NEXT MEETING</b> : Wednesday 3 <super>rd</super> March 2010 at 7.45pm in the Pavilion.
P There being no further business the Chairman closed the meeting at 9.40pm.
