@title Minutes 6 June 2011
@font Helvetica
@fontsize 10.5
@footer Signed ...................................... (Mayor)||Page {page}
HC CYNGOR TREF ABERWENNOL TOWN COUNCIL
C Minutes of the Monthly Meeting of the Council on Monday 6th June 2011 in the Council Chamber at 7.00pm
S 4
P <b>Present:</b> Mayor GW Rees, Deputy Mayor HM Lloyd, AJ Bevan, DE Howells, KL Jenkins, SM Phillips, RT Vaughan with EA Morgan (Clerk) and PJ Absalom (Responsible Finance Officer).
P Also present was County Councillor WD Harries and two members of the public.
P The Mayor opened the meeting and welcomed Cllr Phillips back to the Council after her recent illness.
P <b>76 Apologies for Absence:</b> LM Griffiths (work commitment) and TJ Nicholas (holiday).
P <b>77 Declarations of Interest:</b> Members and Officers were reminded to declare any personal and/or prejudicial interests that they might have in items on the agenda. 77.1 Cllr Jenkins declared a prejudicial interest in Item 87 as a director of Aberwennol Boat Club and left the chamber while that item was discussed.
P <b>78 Confirmation of Minutes for:-</b> 78.1 The Council Monthly Meeting on Monday 9th May 2011 were RESOLVED to be approved. 78.2 The Annual Meeting of the Council on Monday 16th May 2011 were RESOLVED to be approved subject to the correction of the spelling of Cllr Bevan’s name.
H Matters Arising from the Minutes:
P <b>79 HARBOUR CAR PARK:</b> 79.1 Pay and Display Machines. The Clerk reported that the machine at the upper level had been out of order for nine days in May and that the supplier had replaced the coin mechanism under warranty.
P 79.2 Coach Parking. Cllr Vaughan asked whether the two coach bays could be marked out before the summer season, as coaches had been parking across the entrance. It was RESOLVED to ask the County Council to mark the bays and to show the coach charges on both machines.
P <b>80 PUBLIC TOILETS, QUAY STREET:</b> The Clerk reported that the County Council had confirmed that it was willing to transfer the Quay Street toilets to the Town Council from 1st October 2011 on a 25 year lease. Cllr Howells asked what cleaning would cost; the Clerk estimated £4,800 a year on the present contract. It was RESOLVED to accept the transfer in principle, subject to a condition survey being carried out at the County Council’s expense.
P <b>81 CHRISTMAS LIGHTS:</b> The Deputy Mayor reported that the lights working group would meet on 20th June to review the new brackets for Stryd Fawr. The report was noted.
H Reports
P <b>82 MAYOR’S REPORT:</b> The Mayor reported that since the last meeting he had attended the Lifeboat Day at Porth Wennol, the opening of the new surgery in Heol y Plas and the school eisteddfod, where he had presented the chair.
P <b>83 COUNTY COUNCILLOR’S REPORT:</b> County Councillor WD Harries reported that resurfacing of Heol Fawr would start on 11th July and take three weeks, with a one-way system in place, and that the County Council’s consultation on rural bus routes would close at the end of June.
H Planning
P <b>84 PLANNING APPLICATIONS:</b> 84.1 NP/11/0214 – 12 Bridge Street – rear conservatory. Support.
P 84.2 NP/11/0231 – Land at Penrhiw Farm – conversion of barn to two holiday lets. Cllr Bevan expressed concern about the narrow access from Lôn Penrhiw. It was RESOLVED to object on the grounds of highway safety.
P 84.3 NP/11/0240 – The Old Forge, Stryd Fawr – change of use to café. Support.
H Finance
P <b>85 ACCOUNTS FOR PAYMENT:</b> The Responsible Finance Officer presented the schedule of accounts totalling £3,412.56:
G Penwennol Hire Services | toilet cleaning May | £402.00
G Aberwennol Print | newsletter | £268.40
G EA Morgan | salary and expenses June | £1,322.16
G Severn Lighting Ltd | car park lighting | £1,420.00
P It was RESOLVED that the accounts be paid.
P <b>86 CORRESPONDENCE:</b> 86.1 Association of Town and Community Councils – invitation to the area committee meeting on 23rd June. 86.2 Police – crime figures for May for the Aberwennol sector. 86.3 Resident – letter of thanks for the clearing of the steps to the beach. All correspondence was noted.
H In Committee
P <b>87 LEASE OF THE OLD LIFEBOAT STORE:</b> Cllr Jenkins having left the chamber, the Clerk reported on the terms offered by Aberwennol Boat Club for the old lifeboat store on the slipway. It was RESOLVED to grant a five year lease at £1,200 per annum, with the Club responsible for internal repairs. Cllr Jenkins returned to the chamber.
P <b>88 DATE OF NEXT MEETING:</b> Monday 4th July 2011 at 7.00pm in the Council Chamber.
P The meeting closed at 9.10pm.
