@title Minutes October 2005
@font Times-Roman
@fontsize 11
@footer {page}
HC MINUTES OF MONTHLY MEETING OF KILCRANNAGH TOWN COUNCIL HELD IN THE COUNCIL CHAMBER, KILCRANNAGH TOWN HALL, KILCRANNAGH ON TUESDAY 25th OCTOBER 2005 AT 7.30PM
S 6
H PRESENT
P Cathaoirleach, Councillor P Devane presided.
P Councillor B Coyle, Councillor N Fearon, Councillor T Hanratty, Councillor D Kerins, Councillor L Brophy, Councillor A McKeever, Councillor R Mulqueen, Councillor C Nugent, Councillor S Ó Raghallaigh, Councillor M Tierney and Councillor J Wynne
P Apologies – Councillor G Slattery
H In Attendance
P Mr Ciarán Brolly, Town Clerk<br/>Ms Aoife Gallery, Town Engineer<br/>Mr Liam Staunton, Senior Executive Officer<br/>Ms Niamh Corcoran, Administrative Officer<br/>Mr Declan Furlong, Town Accountant<br/>Ms Sorcha Keaveney, Executive Planner
P The Meeting Commenced with Prayers ______
P The Cathaoirleach welcomed the decision of Kilcrannagh Credit Union to open its new branch on Quay Road and congratulated the Kilcrannagh Harps under-16 team on reaching the provincial final.
H 268/05 VOTES OF SYMPATHY
P On the proposal of the Cathaoirleach, Councillor P Devane and seconded by Councillor R Mulqueen a vote of sympathy was extended to the family of the late Mr Tomás Breslin, former caretaker of the Town Hall, who had served the Council for thirty-one years.
H 269/05 CONSIDERATION OF MINUTES
P On the proposition of Councillor T Hanratty and seconded by Councillor B Coyle, the following minutes were adopted:
P Minutes of the Monthly Meeting of 27th September 2005<br/>Minutes of the Planning Meeting of 11th October 2005
H 270/05 MATTERS ARISING
P Councillor N Fearon referred to Minute No 251/05 (Public lighting, Ard Lorcáin) and reported that the six lights were now working.
P Councillor B Coyle referred to Minute No 255/05 (Weight restriction, Chapel Hill) and queried when the signs would be erected. The Town Engineer, Ms A Gallery, responded that the signs had been ordered and would be in place before the end of November.
H 271/05 PLANNING AND RELATED MATTERS
P The Members considered the following applications received since the last meeting:
P 05/141 Cathal Brannigan – Retention of a single-storey extension to the rear of 14 Mill Row, Kilcrannagh. The Members were advised that Further Information had been requested.
P 05/143 Leacy Motors Ltd – Permission for a car wash and valeting bay at Dublin Road, Kilcrannagh. There was no comment from the Members on this application.
P 05/146 Orla and Fintan Greally – Permission for 18 dwellings and associated site works at Ballinvoher, Kilcrannagh. Councillor T Hanratty asked that the Town Council's concerns about traffic at the Ballinvoher junction be forwarded to the planning section. This was agreed.
P 05/149 St Fiachra's Boxing Club – Permission for a new clubhouse at the Fair Green. The Members were informed that a Grant of Permission had issued on this application.
H 272/05 ESTIMATES 2006 – PRELIMINARY DISCUSSION
P Mr C Brolly, Town Clerk, outlined the position regarding the Local Government Fund allocation for 2006 and advised the Members that the statutory Estimates Meeting would be held on 22nd November 2005.
P Councillor D Kerins proposed, seconded by Councillor L Brophy, that the Town Clerk be requested to prepare the draft Estimates for 2006 on the basis of no increase in the Annual Rate on Valuation.
P Councillor J Wynne proposed an amendment, seconded by Councillor C Nugent, that the draft Estimates provide for an increase of 2% in the Annual Rate on Valuation to fund the footpath programme.
P (Councillor M Tierney had left the meeting before the vote.)
P A vote was taken on the amendment with the following result:
P FOR: Councillors C Nugent, S Ó Raghallaigh, J Wynne (3)
P AGAINST: Councillors L Brophy, B Coyle, P Devane, N Fearon, T Hanratty, D Kerins, A McKeever, R Mulqueen (8)
P The amendment was declared lost. The original proposal was then put and carried on a show of hands.
H 273/05 NOTICE OF MOTION – COUNCILLOR S Ó RAGHALLAIGH
P "That Kilcrannagh Town Council calls on the Minister for the Environment to restore the grant for the Fair Green flood barrier."
P Councillor S Ó Raghallaigh withdrew the motion, having received a reply from the Department that morning confirming that the grant would be paid in 2006.
H 274/05 CORRESPONDENCE
P Letter from the Department of the Environment regarding the Town and Village Renewal Scheme.<br/>Letter from Kilcrannagh Tidy Towns Committee thanking the Council for its support in 2005.<br/>Letter from An Post regarding the hours of the Quay Road sub-office.
P The correspondence was noted.
H 275/05 HOUSING ALLOCATIONS – ST BRIGID'S TERRACE
P This item was deferred to the November meeting to allow the Members to view the completed houses.
H 276/05 CONFERENCE ATTENDANCE
P On the proposition of Councillor R Mulqueen, seconded by Councillor A McKeever, it was resolved that Councillors N Fearon and C Nugent be authorised to attend the Association of Municipal Authorities autumn seminar in Tralee on 18th and 19th November 2005.
H 277/05 ANY OTHER BUSINESS
P Councillor B Coyle raised the condition of the footpath outside the Health Centre on Church Street. The Town Engineer undertook to inspect it and report to the next meeting.
P Councillor J Wynne asked that the Christmas lights be switched on earlier than last year.
P This concluded the business of the meeting.
S 12
P Signed: ______________________ Cathaoirleach
P Date: ______________________
