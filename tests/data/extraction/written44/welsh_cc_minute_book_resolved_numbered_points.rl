@title Nantgwynfa Community Council minutes 19 November 2015
@font Times-Roman
@fontsize 11.5
@footer {page}
@pageoffset 36
HC CYNGOR CYMUNED NANTGWYNFA
HC NANTGWYNFA COMMUNITY COUNCIL
S 6
HC MINUTES OF THE MEETING HELD AT NEUADD GWYNFA ON THURSDAY 19th NOVEMBER 2015 AT 6.30P.M.
S 6
P <b>PRESENT:</b> Councillor G Hopkins (Chairman) presided
P <b>COUNCILLORS:</b> M Rowlands, T Bowen, E Griffiths, L Watkins, D Bevan and A Pritchard.
P <b>IN ATTENDANCE:</b> Mr H W Morgan (Clerk) and County Borough Councillor A Prosser.
H 63. APOLOGIES FOR ABSENCE
P Apologies for their absence were received from Councillors D Powell and S Jenkins.
H 64. DECLARATIONS OF INTEREST
P Councillor T Bowen declared a personal interest in Minute 69(b) as a member of the Nantgwynfa Welfare Hall committee and left the meeting during its consideration.
H 65. MINUTES
P Resolved that the Minutes of the Meeting of the Council held on the 15th October 2015 be confirmed and signed as a correct record.
H 66. MATTERS ARISING
P <b>(a) Minute 52(a) - Cemetery Extension</b>
P It was reported that the new boundary wall had been completed and that the contractor's final account of £7,412.00 had been received. The Clerk advised that the account was within the tender sum and that the retention of £370.60 would be released after six months.
P Resolved that the final account be paid.
P <b>(b) Minute 52(c) - Bus Shelter, Heol y Graig</b>
P A letter was received from the County Borough Council confirming that the damaged shelter would be replaced before Christmas at no cost to the Council.
P Resolved that the information be noted.
P <b>(c) Minute 57 - Public Footpath No. 14, Cwm Isaf</b>
P No reply had yet been received from the landowner regarding the obstruction at the second stile. It was agreed that the matter be deferred until a reply is received and that the Clerk telephone the rights of way officer.
H 67. COUNTY BOROUGH COUNCILLOR'S REPORT
P County Borough Councillor A Prosser reported that the consultation on the closure of the Nantgwynfa library point had been extended to 31st January 2016 and urged members to respond. He also reported that gritting of Heol y Mynydd would continue this winter.
H 68. FINANCE
P <b>(a) Accounts for Payment</b>
P Resolved that the following accounts be paid:
T Payee | Details | Amount
T H W Morgan | Clerk's salary and expenses, November | £412.30
T Gwynfa Landscapes | Cemetery grass cutting (final cut) | £285.00
T Nantgwynfa Welfare Hall | Hall hire, October and November | £36.00
T Area Association of Local Councils | Training course | £45.00
P <b>(b) Budget 2016/17 and Precept</b>
P The Clerk presented a draft budget for 2016/17, which had been considered by the Finance Working Group on 2nd November 2015, and explained the increase in cemetery maintenance costs.
P Councillor M Rowlands proposed that the precept be set at £28,500, an increase of 2%. As an amendment, Councillor T Bowen proposed that the precept remain at £27,950, the same as in 2015/16. On the amendment being put to the meeting it was lost by 3 votes to 5.
P Resolved that:
P 1. the budget for 2016/17 as presented be approved;
P 2. the precept for 2016/17 be set at £28,500 and the County Borough Council be notified accordingly.
H 69. GRANTS AND DONATIONS
P <b>(a) Nantgwynfa Youth Football Club</b>
P An application was received for a contribution towards new goalposts for the under-11 team. Councillor L Watkins spoke in support of the application.
P Resolved that a grant of £250 be made.
P <b>(b) Nantgwynfa Welfare Hall</b>
P Councillor Bowen having left the meeting, an application was received from the Welfare Hall committee for a contribution of £1,000 towards the replacement of the hall boiler.
P Resolved that consideration be deferred to the December meeting pending receipt of the hall's audited accounts.
H 70. PLANNING
P The following application was considered: P2015/0915 - Erection of an agricultural building, Tir Gwyn Farm, Heol y Mynydd.
P Resolved that no observations be made.
H 71. CORRESPONDENCE
P (a) Area Association of Local Councils - area committee meeting, 25th November 2015.
P (b) Environment agency - flood warning service leaflet.
P (c) Neighbourhood policing team - newsletter, October 2015.
P The correspondence was received and noted.
H 72. REMEMBRANCE SUNDAY
P The Chairman reported that he had laid a wreath on behalf of the Council at the war memorial on 8th November and thanked the members and residents who had attended.
H 73. DATE OF NEXT MEETING
P The next meeting will be held at Neuadd Gwynfa on Thursday 17th December 2015 at 6.30 p.m.
S 24
P The meeting closed at 8.10 p.m.
S 18
P Chairman ..........................................................   Date ..............................
