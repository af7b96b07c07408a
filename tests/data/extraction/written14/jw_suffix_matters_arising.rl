@title Joint Waste Collection Services Committee 19 February 2026
@font Helvetica
@fontsize 10.5
@numcol 18
@header || Agenda Item 2
@footer Joint Waste Collection Services Committee, 19 February 2026 || {page}
@header_first
HC Minutes of a Meeting of the Joint Waste Collection Services Committee held at the Council Chamber, Bourne Heath House, Knoll Rise, Bourne Heath on 19 February 2026 at 10.00 am
S 4
G <b>Present:</b> | Cllr Folake Olusanya (Chair) | Ashcombe Borough Council
G  | Cllr Ian Fenwick | Wey Valley District Council
G  | Cllr Mary Hale | Bourne Heath Borough Council
G  | Cllr Trevor Loxley | Heathfield Borough Council
G <b>In attendance:</b> | Callum Reid | Director, Joint Waste Solutions
G  | Abigail Tran | Contract Performance Manager, Joint Waste Solutions
G  | Darren Wilkes | Account Manager, Verdant Environmental
G  | Katy Simms | Democratic Services Officer, Bourne Heath Borough Council
S 6
R 29/JW | <b>Appointment of Chair</b>
R  | It was noted that, following a change in the leadership of Wey Valley District Council, Councillor Pemberton was no longer that Council's representative on the Committee.
R  | On the proposal of Councillor Fenwick, seconded by Councillor Hale, it was
R  | RESOLVED that Councillor Olusanya be appointed Chair of the Joint Waste Collection Services Committee for the remainder of the 2025/26 municipal year.
R 30/JW | <b>Minutes of the Previous Meeting</b>
R  | RESOLVED that the minutes of the meeting of the Joint Waste Collection Services Committee held on 4 December 2025 be approved as being a correct record and signed by the Chair.
R  | <u>Matters Arising</u>
R  | <i>Minute 24/JW Quarterly Performance Report</i> – The Director of Joint Waste Solutions confirmed that the missed collection figures for Heathfield had been corrected and recirculated to Members on 12 December 2025.
R  | <i>Minute 26/JW Communications</i> – It was reported that the winter collection calendar had been delivered to all households in the partnership area by 19 December 2025.
R 31/JW | <b>Declarations of Interest</b>
R  | There were no declarations of interest.
R 32/JW | <b>Quarterly Waste and Recycling Performance Report (Quarter 3: October to December 2025)</b>
R  | The Committee received a report summarising the position in respect of recycling and operational performance at the end of the third quarter of the 2025/26 financial year. Abigail Tran presented the report.
R  | Comparison between rolling tonnage up to December 2025 and up to December 2024:
T Change from December 2024 | Ashcombe | Wey Valley | Bourne Heath | Heathfield
T Dry mixed recycling | -3.12% | -4.40% | -2.95% | 0.86%
T Food waste | 2.07% | 1.15% | 3.60% | 2.21%
T Residual waste | -1.48% | -0.92% | -2.30% | -1.05%
R  | Councillor Hale asked why dry mixed recycling had increased only in Heathfield. It was explained that Heathfield had introduced a separate collection of cardboard from flats in September.
R  | The Committee noted the report.
R 33/JW | <b>Contractor Improvement Plan</b>
R  | Darren Wilkes, Account Manager, presented the Verdant Environmental improvement plan, which focussed on crew stability, the replacement of eleven collection vehicles and in-cab technology.
R  | Councillor Loxley expressed concern that assisted collections continued to be missed on the same rounds and asked for these to be reported separately.
R  | RESOLVED that the improvement plan be endorsed and that progress against it, including missed assisted collections by round, be reported to each meeting of the Committee.
R 34/JW | <b>Garden Waste Subscription Charge 2026/27</b>
R  | The Committee considered a report proposing a harmonised garden waste subscription charge of £62 for 2026/27 across the four partner authorities.
R  | Councillor Fenwick proposed that the charge be held at £58 for a further year. There was no seconder and the proposal fell.
R  | RESOLVED to RECOMMEND to each of the partner authorities that the garden waste subscription charge for 2026/27 be set at £62, with a concessionary charge of £45.
R 35/JW | <b>Joint Waste Solutions Work Programme 2026/27</b>
R  | The Director of Joint Waste Solutions introduced the draft work programme, which included preparing for the introduction of simpler recycling for businesses and a review of bulky waste collections.
R  | The Committee agreed the priorities for the 2026/27 work programme set out in paragraph 3.2 of the report.
R 36/JW | <b>Exclusion of Press and Public</b>
R  | RESOLVED that, under Section 100A(4) of the Local Government Act 1972, the public be excluded from the meeting for the following item of business on the ground that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A of the Act.
R 37/JW | <b>Joint Waste Solutions Budget 2026/27</b>
R  | The Committee considered an exempt report setting out the proposed budget of Joint Waste Solutions for 2026/27 and the contributions of each partner authority.
R  | RESOLVED that the Joint Waste Solutions budget for 2026/27 be approved as set out in the exempt report.
S 24
P Chair .................................................
