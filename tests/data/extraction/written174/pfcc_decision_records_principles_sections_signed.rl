@title PFCC Decision Records September 2020
@font Helvetica
@fontsize 10.5
@header OFFICIAL
@footer Police, Fire and Crime Commissioner for Orbenshire – Decision Record||Page {page}
HC POLICE, FIRE AND CRIME COMMISSIONER FOR ORBENSHIRE
HC DECISION RECORD
S 4
T <b>Decision number</b> | PFCC/2020/031
T <b>Title</b> | Replacement of response vehicles 2020/21
T <b>Decision maker</b> | Police, Fire and Crime Commissioner
T <b>Functions exercised as</b> | Local policing body
T <b>Report author</b> | Tobias Ekwueme, Chief Finance Officer (Policing)
H 1. Executive summary
P The Chief Constable has asked for the replacement of 40 marked response vehicles that have reached the end of their service life. The vehicles will be bought through the national fleet framework and the cost of £1.36m is provided for in the capital programme approved in February 2020.
H 2. Decision
P I approve:
P (a) the purchase of 40 marked response vehicles through the national fleet framework at a total cost of up to £1.36m; and
P (b) the disposal of the vehicles being replaced by auction, with the receipts returned to the capital reserve.
H 3. Quality of information
P The request is supported by the force's fleet condition survey of June 2020 and by a comparison of whole-life costs for three vehicle types.
H 4. Transparency
P This record and the supporting report will be published on the Commissioner's website. No part of the report is exempt.
H 5. Risk
P Delivery times under the framework are currently twelve weeks. Delay would increase maintenance costs on the oldest vehicles.
H 6. Value for money
P The framework price is 11 per cent below the price paid for the same model in 2018.
H 7. Declaration
P I confirm that I have no personal or prejudicial interest in this decision.
P <b>Signed:</b> K Vallely-Hart, Police, Fire and Crime Commissioner <b>Date:</b> 14 September 2020
PB
HC POLICE, FIRE AND CRIME COMMISSIONER FOR ORBENSHIRE
HC DECISION RECORD
S 4
T <b>Decision number</b> | PFCC/2020/032
T <b>Title</b> | Upper Brensworth retained fire station – outcome of consultation
T <b>Decision maker</b> | Police, Fire and Crime Commissioner
T <b>Functions exercised as</b> | Fire and Rescue Authority
T <b>Report author</b> | Group Manager Hollis Agbaje, Orbenshire Fire and Rescue Service
H 1. Executive summary
P The Chief Fire Officer proposed in the integrated risk management plan that the retained station at Upper Brensworth be closed and its cover provided from Kelmarden Cross and Wellowby. A public consultation ran from 1 June to 31 July 2020 and received 1,214 responses, 92 per cent of them opposed to the closure.
H 2. Decision
P Having considered the consultation responses and the risk analysis, I do not approve the proposal to close Upper Brensworth retained fire station. I ask the Chief Fire Officer to report by March 2021 on ways of improving the station's daytime availability.
H 3. Quality of information
P The risk analysis modelled response times for all incidents in the station area over five years. The consultation was independently analysed.
H 4. Transparency
P The consultation report, the risk analysis and this record will be published.
H 5. Risk
P Daytime availability of the station's appliance was 41 per cent in 2019/20. This risk will be reported to the Fire Accountability Board each quarter.
H 6. Value for money
P Closure would have saved £96,000 a year. The station's running cost will be met within the existing budget.
H 7. Declaration
P I confirm that I have no personal or prejudicial interest in this decision.
P <b>Signed:</b> K Vallely-Hart, Police, Fire and Crime Commissioner <b>Date:</b> 21 September 2020
PB
HC POLICE, FIRE AND CRIME COMMISSIONER FOR ORBENSHIRE
HC DECISION RECORD
S 4
T <b>Decision number</b> | PFCC/2020/033
T <b>Title</b> | Joint police and fire station at Kelmarden Cross – outline business case
T <b>Decision maker</b> | Police, Fire and Crime Commissioner
T <b>Functions exercised as</b> | Local policing body and Fire and Rescue Authority
T <b>Report author</b> | Priya Lockhart-Nunn, Head of Estates (joint service)
H 1. Executive summary
P The outline business case proposes a single building on the site of the present fire station at Kelmarden Cross, to house the fire station, a neighbourhood policing team and a front counter. The estimated capital cost is £4.8m, to be shared between the police and fire budgets in proportion to floor area.
H 2. Decision
P I approve the outline business case and the preparation of a full business case for the joint station at Kelmarden Cross. I defer the decision on how the police share of the cost is to be funded until the capital strategy for 2021/22 is considered in January 2021.
H 3. Quality of information
P The outline business case was reviewed by the joint estates board and by an external cost consultant.
H 4. Transparency
P The outline business case contains commercially sensitive costings, which are withheld. A summary is published with this record.
H 5. Risk
P Planning permission has not yet been sought. The building must remain operational as a fire station throughout construction.
H 6. Value for money
P The joint building is estimated to save £71,000 a year in running costs compared with two separate buildings.
H 7. Declaration
P I confirm that I have no personal or prejudicial interest in this decision.
P <b>Signed:</b> K Vallely-Hart, Police, Fire and Crime Commissioner <b>Date:</b> 28 September 2020
