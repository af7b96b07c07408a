@title Agenda - Regular Meeting of Council - September 23, 2024
@font Times-Roman
@fontsize 11
@numcol 14
@header_first  
@header THE CORPORATION OF THE TOWN OF KESSIKON||Regular Meeting of Council
@footer Page {page} of 3
S 120
HC THE CORPORATION OF THE TOWN OF KESSIKON
S 20
HC AGENDA
S 10
HC REGULAR MEETING OF COUNCIL
S 10
HC MONDAY, SEPTEMBER 23<super>RD</super>, 2024 7:00 P.M.
S 30
HC MUNICIPAL COUNCIL CHAMBERS
HC 212 PORTAGE STREET
HC KESSIKON, ONTARIO
PB
C THE CORPORATION OF THE TOWN OF KESSIKON
HC A G E N D A
C MUNICIPAL COUNCIL CHAMBERS, 212 PORTAGE STREET, KESSIKON, ONTARIO
C MONDAY, SEPTEMBER 23<super>RD</super>, 2024, 7:00 P.M.
S 8
R 1. | Call to Order
R 2. | Disclosure of Pecuniary Interest and Nature Thereof
R 3. | Petitions &amp; Delegations
R 3.1 | Kessikon &amp; Area Snowmobile Club Re: Proposed Trail Crossing at Portage Street (7:10 p.m.)
R 4. | Correspondence
G 4.1 | Ovide Lapointe Re: Requesting Trees and Bushes at Champlain Lookout Be Trimmed | Environmental Services Committee / Clerk
G 4.2 | Fringe Lakes Family Health Team Re: 2025 Municipal Contribution Request | Finance Committee / Clerk
G 4.3 | Ministry of Housing Re: Housing Starts Fund Allocation | Environmental Services Committee / Clerk
G 4.4 | Provincial Municipal Association Re: Annual Conference Delegation Meetings | Information
G 4.5 | Northern Municipal League Re: Northern Roads Funding Resolution | Information
G 4.6 | Rhea Tremblay, Tremblay Builders Re: Question on Development Charges for Pine Ridge Subdivision | Finance Committee / Clerk
G 4.7 | Provincial Police Service Re: 2025 Annual Billing Statement | Finance Committee / Clerk
G 4.8 | Gaston Bellefeuille Re: Proposed Animal Control By-Law | By-Law Department / Clerk
PB
C Monday, September 23, 2024 Correspondence Cont'd
G 4.9 | Township of Calvert Bay Re: Resolution Supporting Rural Broadband Expansion | Information
G 4.10 | Kessikon Legion Branch 418 Re: Remembrance Day Parade Road Closure | Recreation Committee / Clerk
S 6
R 5. | Committee Reports
R 5.1 | Finance Committee Minutes of September 9, 2024
R 5.2 | Environmental Services Committee Minutes of September 12, 2024
R 6. | By-Laws
R 6.1 | By-Law 2024-41 Being a By-Law to Appoint a Deputy Clerk-Treasurer
R 6.2 | By-Law 2024-42 Being a By-Law to Authorize an Agreement with Northland Paving Ltd. for the 2024 Surface Treatment Program
R 7. | Closed Session - Personal Matters About an Identifiable Individual, Section 239(2)(b) of the Municipal Act, 2001
R 8. | By-Law 2024-43 Being a By-Law to Confirm the Proceedings of Council
R 9. | Adjournment
