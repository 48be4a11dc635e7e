import FuzzDriver

FuzzDriver.run(.names)
