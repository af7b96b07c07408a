@title Minutes members 14th May 2025
@font Times-Roman
@fontsize 11.5
@numcol 26
@footer Minutes of Special General Meeting 14.05.25 - page {page}
HC Fennick Village Community Land Trust Limited
C Community Benefit Society registration number 8841
S 6
C Minutes of a Special General Meeting of the Members of the Community Land Trust
C (“the CLT”) held at Fennick Village Hall on 14th May 2025 at 7 p.m.
S 8
R Present: | Maurice and Hilary Tolland and Kenneth and Ann Prowse, the four Directors of the CLT, and fourteen new members. A fifteenth new member arrived at 8.40 p.m. towards the end of the meeting.
R Apologies: | Apologies had been received from Giles Fenwick, Priscilla Oyelaran, Derek Amos and Moira Sutcliffe.
S 6
R 1. | Maurice welcomed the new members. He confirmed that they had all completed application forms saying that they supported the objectives of the CLT, but said he understood that there were differing views in the village and that if anyone had changed their mind they were welcome to stay for the meeting but would not be able to vote. Nobody wished to change their mind.
R 2. | The Secretary, Hilary Tolland, handed out the Share Certificates to the new Members together with a list of all 19 Members of the CLT. It was agreed that the frequency of meetings would be decided at the end of the meeting, when Members would have a better idea of the work ahead.
R 3. | Maurice then confirmed the following with regard to the governance of the CLT:
R (a) | The liability of members is limited to the value of their shares in the CLT.
R (b) | The shares are not transferable by Members.
R (c) | The Rules provide that the Directors are appointed each year by the Members, and the four present Directors were appointed at the Inaugural Special General Meeting held on 22nd February 2025.
R (d) | The Rules allow up to eight Directors, and the Board would welcome offers from new Members.
R 4. | Kenneth Prowse, the Treasurer, reported that the CLT's account with Unity Bank was opened on 3rd April 2025 and that the balance, including the £19 received for shares, was £2,519. The £2,500 grant from the district council's community housing fund had been received on 28th April. Mrs Pyle asked whether the grant could be used to pay for a valuation of the glebe land; Kenneth said it could, as the grant was given for feasibility work.
R 5. | Maurice reported on the meeting with the Diocese on 6th May about the glebe land east of Mill Lane. The Diocese is willing in principle to sell about 0.4 hectares at a price to be agreed on the basis of an independent valuation, and has asked the CLT to confirm that the homes would be kept affordable in perpetuity. Maurice confirmed that this is what the Rules require.
R 6. | It was proposed by Ann Prowse and seconded by Ruth Cheeseman that the Directors be authorised to commission an independent valuation of the glebe land at a cost not exceeding £900. This was agreed unanimously by the Members present.
R 7. | Hilary explained that the housing needs survey carried out by the parish council in 2024 had found 11 households with a local connection in need of an affordable home, of whom seven wanted to rent and four to buy a share. Ruth Cheeseman asked whether people who had moved away to find work would count as having a local connection; Hilary said that they would if they had lived in the parish for five of the last ten years.
R 8. | Giles Fenwick had sent a written question, read out by Maurice, asking whether the CLT would talk to the owners of the old forge site as an alternative. Maurice said the Board would write to the owners but that the glebe land remained the preferred site.
R 9. | It was agreed that Members' meetings would be held every three months, the next being on Wednesday 13th August 2025 at 7 p.m. in the Village Hall.
S 12
P Maurice closed the meeting at 8.55 p.m. and thanked everyone for coming.
S 16
P Signed ………………………………………… Maurice Tolland, Chairman          Date ……………………
